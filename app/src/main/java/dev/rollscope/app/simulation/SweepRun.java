package dev.rollscope.app.simulation;

import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * The sweep of one project revision's chosen scenario ({@link Sweep}): for each of its requests,
 * the outcome at every start offset across its disruptions. Offsets are {@link #STEP} apart, or
 * {@link #COARSE_STEP} when the rollout is too long for that. Immutable; at most one per revision.
 *
 * @param revision the revision it belongs to
 * @param scenario the swept scenario, or null when there was nothing to sweep or it failed
 * @param results  one per request of the scenario, in its order; empty when there is none
 * @param error    why the sweep failed, or null
 */
public record SweepRun(long revision, Scenario scenario, List<SweepResult> results, Throwable error) {

    public static final TimeSpan STEP = TimeSpan.ofSeconds(1);
    public static final TimeSpan COARSE_STEP = TimeSpan.ofSeconds(10);

    public SweepRun {
        results = List.copyOf(results);
    }

    /** Nothing to sweep in the revision: no scenario, no disruption or no request. */
    static SweepRun nothing(long revision) {
        return new SweepRun(revision, null, List.of(), null);
    }

    /** True when the scenario has something to sweep: a disruption and a request. */
    static boolean sweepable(Scenario s) {
        return s != null && !s.disruptions().isEmpty() && !s.requests().isEmpty();
    }

    /**
     * Sweeps every request of {@code s}; gives up (null) between two requests once {@code stale}
     * says a newer revision was asked for.
     */
    static SweepRun compute(long revision, Topology topology, Scenario s, SimulationRuns runs, LongPredicate stale) {
        List<SweepResult> out = new ArrayList<>();
        try {
            for (RequestSpec r : s.requests()) {
                if (stale.test(revision)) {
                    return null;
                }
                out.add(sweep(runs, topology, s, r.id()));
            }
        } catch (RuntimeException e) {
            return new SweepRun(revision, null, List.of(), e);
        }
        return new SweepRun(revision, s, out, null);
    }

    private static SweepResult sweep(SimulationRuns runs, Topology topology, Scenario s, String requestId) {
        try {
            return runs.sweep(topology, s, requestId, STEP);
        } catch (IllegalArgumentException tooFine) {
            return runs.sweep(topology, s, requestId, COARSE_STEP);
        }
    }
}
