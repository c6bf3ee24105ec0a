package dev.rollscope.model.analysis;

import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The static checks: every inequality of domain.md §9 that the engine covers, evaluated on a
 * topology and the kinds of request of a scenario. Errors are what a simulation of the scenario
 * shows failing for some start of the request; warnings are what would fail if another hop rolled,
 * or races the engine does not model.
 */
public final class Checks {

    private static final List<Check> ALL = List.of(new TimeoutChecks(), new KeepaliveChecks(), new DrainChecks(),
            new ShutdownChecks(), new CapacityChecks(), new BlueGreenChecks(), new TransactionChecks(),
            new PoolChecks(), new ResumableChecks(), new AffinityChecks());

    private Checks() {
    }

    /** The findings, errors first, then by hop in chain order. */
    public static List<Finding> run(Topology topology, Scenario scenario) {
        CheckContext ctx = new CheckContext(topology, scenario);
        List<Finding> out = new ArrayList<>();
        for (Check c : ALL) {
            c.evaluate(ctx, out);
        }
        out.sort(Comparator.comparing(Finding::severity).thenComparing(f -> topology.indexOf(f.hop())));
        return out;
    }
}
