package dev.rollscope.app.simulation;

import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.WorkEstimate;
import dev.rollscope.model.topology.Topology;
import java.util.Optional;

/**
 * What the Play view offers instead of a full trace that would not fit in memory: a sampled trace,
 * the trace of one request in {@code every} (by arrival) and of every instance, with the full
 * trace's estimate and the limit it is over, for the user to choose.
 *
 * @param full        the full trace's estimate
 * @param limitEvents the most events a full trace may hold in this program's memory ({@link SimulationOptions#full()})
 * @param every       the sampled trace follows one request in this many: ten, or the fewest that fit
 */
public record TraceOffer(WorkEstimate full, long limitEvents, int every) {

    /**
     * The offer for {@code s} when its full trace would not fit; empty when even the sampled trace
     * would not (then only the verdicts come).
     */
    public static Optional<TraceOffer> of(Topology topology, Scenario s) {
        long events = WorkEstimate.of(topology, s, SimulationOptions.outcomesOnly()).events();
        int every = Math.max(10, SimulationOptions.fitting(events).traceEvery());
        try {
            WorkEstimate.check(topology, s, SimulationOptions.sampled(every));
        } catch (SimulationLimitException tooBigEvenSampled) {
            return Optional.empty();
        }
        return Optional.of(new TraceOffer(WorkEstimate.of(topology, s, SimulationOptions.full()),
                SimulationOptions.full().maxEvents(), every));
    }

    /** The options of the sampled trace offered. */
    public SimulationOptions options() {
        return SimulationOptions.sampled(every);
    }

    /** The memory this program may use, in MB (what bounds {@link #limitEvents()}). */
    public static long memoryMegabytes() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
