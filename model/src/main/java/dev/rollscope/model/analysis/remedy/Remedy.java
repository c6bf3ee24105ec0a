package dev.rollscope.model.analysis.remedy;

import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Topology;
import java.util.Locale;

/**
 * A remedy: a change to how the hop is rolled, how the client sends, or how the front pins the
 * client, rather than a setting the failure names. The search tries it on the scenario and keeps it
 * only for what it was shown to do.
 */
public sealed interface Remedy permits SwitchInstead, SendResumable, PinSessions {

    /** The scenario with the remedy in place. */
    Scenario applyTo(Scenario scenario);

    /** The topology with the remedy in place: the same unless the remedy changes a front. */
    default Topology applyTo(Topology topology) {
        return topology;
    }

    /** What is done instead, in words: "the blue/green switch of D (Service selector)". */
    String text(Locale locale);

    /** What it replaces, in words: "the roll of D". */
    String replacedText(Locale locale);
}
