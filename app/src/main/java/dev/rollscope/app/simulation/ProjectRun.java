package dev.rollscope.app.simulation;

import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.topology.Topology;
import java.util.List;

/**
 * What one simulation of a project revision gave, for every view that shows it: the verdicts, the
 * findings, the status line and the playback. Immutable; one per revision of the {@link SimulationPipeline}.
 *
 * @param revision  the revision's number (0 before the first run)
 * @param scenarioName the chosen scenario's name, or null when the project has no scenario by that name
 * @param scenario  the chosen scenario, or null when the project has none by that name
 * @param result    the simulation's outcomes, with its full trace when {@code traceError} is null and
 *                  without a trace when it is not; null when there was no scenario or the simulation failed
 * @param findings  the static checks' findings (empty when there was no scenario)
 * @param error     why the simulation or the checks could not run; null when they ran
 * @param traceError why the run has no trace to play (the scenario's trace does not fit in memory,
 *                  or the simulation failed); null when it has one
 * @param millis    how long the run took, wall clock
 */
public record ProjectRun(long revision, String scenarioName, Scenario scenario, SimulationResult result,
                         List<Finding> findings, Throwable error, Throwable traceError,
                         long millis) {

    public ProjectRun {
        findings = List.copyOf(findings);
    }

    /** Nothing run yet. */
    static ProjectRun none() {
        return new ProjectRun(0, null, null, null, List.of(), null, null, 0);
    }

    /** True when the simulation gave outcomes. */
    public boolean ran() {
        return result != null;
    }

    /** True when there is a trace to play. */
    public boolean playable() {
        return result != null && traceError == null;
    }

    /**
     * True when the verdicts came but the full trace would not fit in memory: the Play view plays
     * nothing and offers a sampled trace ({@link TraceOffer}).
     */
    public boolean traceTooBig() {
        return result != null && traceError instanceof SimulationLimitException;
    }

    /**
     * Simulates once with the full trace, and checks. When that run stops at its limit (the full
     * trace is bounded by the heap, {@link SimulationOptions#full()}), it simulates again without a
     * trace, so that the verdicts still come; a sampled trace is simulated only when the user asks
     * for it ({@link TraceOffer}). Never throws a model's refusal.
     */
    static ProjectRun compute(long revision, Topology topology, String name, Scenario s, SimulationRuns runs) {
        if (s == null) {
            return new ProjectRun(revision, null, null, null, List.of(), null, null, 0);
        }
        long start = System.nanoTime();
        List<Finding> findings = List.of();
        SimulationResult result = null;
        Throwable error = null;
        Throwable traceError = null;
        try {
            findings = runs.check(topology, s);
        } catch (RuntimeException e) {
            error = e;
        }
        try {
            result = runs.simulate(topology, s, SimulationOptions.full());
        } catch (SimulationLimitException tooBigToTrace) {
            traceError = tooBigToTrace;
            try {
                result = runs.simulate(topology, s, SimulationOptions.outcomesOnly());
            } catch (RuntimeException e) {
                error = e;
            }
        } catch (RuntimeException e) {
            error = e;
            traceError = e;
        }
        return new ProjectRun(revision, name, s, result, findings, error, traceError,
                (System.nanoTime() - start) / 1_000_000);
    }
}
