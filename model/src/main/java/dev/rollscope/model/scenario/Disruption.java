package dev.rollscope.model.scenario;

import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/**
 * Something that happens to a hop's instances during a scenario: a rollout, a node upgrade, a
 * crash, a blue/green switch or a canary.
 */
public sealed interface Disruption permits RollOut, NodeUpgrade, Crash, BlueGreen, MigCanary {

    /** The kinds of disruption, for exhaustive switches. */
    enum Kind { ROLLOUT, NODE_UPGRADE, CRASH, SELECTOR_SWITCH, URL_MAP_SWITCH, KONG_WEIGHTS, MIG_CANARY }

    Kind kind();

    /** The hops whose instances this touches. */
    List<String> hops();

    /** When it starts, from the start of the scenario. */
    TimeSpan at();

    /** The same disruption, starting at {@code newAt}. */
    Disruption withAt(TimeSpan newAt);
}
