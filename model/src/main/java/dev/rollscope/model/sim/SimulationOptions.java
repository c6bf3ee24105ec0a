package dev.rollscope.model.sim;

/**
 * How much a simulation records and how far it may run.
 *
 * @param detail    {@link Detail#FULL} records every event; {@link Detail#OUTCOMES} only outcomes
 *                  and instance histories
 * @param maxEvents the simulation stops with a {@link SimulationLimitException} past this many
 *                  engine events, instead of running out of memory
 * (How far it runs is the scenario's {@link dev.rollscope.model.scenario.Scenario#horizon()}.)
 */
public record SimulationOptions(Detail detail, long maxEvents) {

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
            throw new IllegalArgumentException("maxEvents must be ≥ 1, not " + maxEvents);
        }
    }

    /**
     * Everything recorded, bounded by what this JVM's heap can hold of a trace (so that a scenario
     * too big for it stops with a {@link SimulationLimitException}, not an out-of-memory error):
     * the result of a scenario within the bound does not depend on it.
     */
    public static SimulationOptions full() {
        long fits = Runtime.getRuntime().maxMemory() / FULL_TRACE_BYTES_PER_EVENT;
        return new SimulationOptions(Detail.FULL, Math.max(1, Math.min(DEFAULT_MAX_EVENTS, fits)));
    }

    public static SimulationOptions outcomesOnly() {
        return new SimulationOptions(Detail.OUTCOMES, DEFAULT_MAX_EVENTS);
    }

    public SimulationOptions withMaxEvents(long n) {
        return new SimulationOptions(detail, n);
    }
}
