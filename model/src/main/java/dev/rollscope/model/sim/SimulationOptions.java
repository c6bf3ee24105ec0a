package dev.rollscope.model.sim;

import dev.rollscope.model.i18n.RefusalException;

/**
 * How much a simulation records and how far it may run.
 *
 * @param detail    {@link Detail#FULL} records every event; {@link Detail#OUTCOMES} only outcomes
 *                  and instance histories
 * @param maxEvents the simulation stops with a {@link SimulationLimitException} past this many
 *                  engine events, instead of running out of memory
 * @param traceEvery with {@link Detail#FULL}, the events of one request in this many are traced (by
 *                  order of arrival: request 0, N, 2N, …), and every instance's; 1 traces every request
 * (How far it runs is the scenario's {@link dev.rollscope.model.scenario.Scenario#horizon()}.)
 */
public record SimulationOptions(Detail detail, long maxEvents, int traceEvery) {

    /** What a simulation records. */
    public enum Detail { FULL, OUTCOMES }

    public static final long DEFAULT_MAX_EVENTS = 50_000_000L;
    /**
     * Heap a full trace keeps per engine event: about 5 trace entries each, measured at 382 bytes
     * on the four-hop benchmark chain (docs/benchmarks.md); rounded up for headroom.
     */
    static final long FULL_TRACE_BYTES_PER_EVENT = 500;

    public SimulationOptions {
        if (maxEvents < 1) {
            throw RefusalException.of("limit.maxEvents", maxEvents);
        }
        if (traceEvery < 1) {
            throw RefusalException.of("limit.traceEvery", traceEvery);
        }
    }

    /**
     * Everything recorded, bounded by what this JVM's heap can hold of a trace (so that a scenario
     * too big for it stops with a {@link SimulationLimitException}, not an out-of-memory error):
     * the result of a scenario within the bound does not depend on it.
     */
    public static SimulationOptions full() {
        return sampled(1);
    }

    /**
     * The trace of one request in {@code every} (and of every instance), bounded by this JVM's heap
     * as {@link #full()} is; a sampled trace takes about 1/{@code every} of the memory.
     */
    public static SimulationOptions sampled(int every) {
        long fits = Runtime.getRuntime().maxMemory() / FULL_TRACE_BYTES_PER_EVENT;
        return new SimulationOptions(Detail.FULL, Math.max(1, Math.min(DEFAULT_MAX_EVENTS,
                Math.multiplyHigh(fits, every) != 0 ? Long.MAX_VALUE : fits * every)), every);
    }

    /**
     * The trace that fits: {@link #full()} when a scenario's estimated events do, else one request in
     * the smallest power of ten that brings its trace within the bound.
     */
    public static SimulationOptions fitting(long estimatedEvents) {
        long fits = full().maxEvents();
        int every = 1;
        while (estimatedEvents > fits * every && every < 1_000_000_000) {
            every *= 10;
        }
        return sampled(every);
    }

    public static SimulationOptions outcomesOnly() {
        return new SimulationOptions(Detail.OUTCOMES, DEFAULT_MAX_EVENTS, 1);
    }

    public SimulationOptions withMaxEvents(long n) {
        return new SimulationOptions(detail, n, traceEvery);
    }
}
