package dev.rollscope.model.sim;

/**
 * How much a simulation records and how far it may run.
 *
 * @param detail    {@link Detail#FULL} records every event; {@link Detail#OUTCOMES} only outcomes
 *                  and instance histories
 * @param maxEvents the simulation stops with a {@link SimulationLimitException} past this many
 *                  engine events, instead of running out of memory
 * @param horizon   simulated milliseconds after which the simulation stops; requests still open
 *                  then fail with {@link Cause#NO_RESPONSE}
 */
public record SimulationOptions(Detail detail, long maxEvents, long horizon) {

    /** What a simulation records. */
    public enum Detail { FULL, OUTCOMES }

    public static final long DEFAULT_MAX_EVENTS = 50_000_000L;
    public static final long DEFAULT_HORIZON = 24L * 3600 * 1000;

    public SimulationOptions {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be ≥ 1, not " + maxEvents);
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be ≥ 1 ms, not " + horizon);
        }
    }

    public static SimulationOptions full() {
        return new SimulationOptions(Detail.FULL, DEFAULT_MAX_EVENTS, DEFAULT_HORIZON);
    }

    public static SimulationOptions outcomesOnly() {
        return new SimulationOptions(Detail.OUTCOMES, DEFAULT_MAX_EVENTS, DEFAULT_HORIZON);
    }

    public SimulationOptions withMaxEvents(long n) {
        return new SimulationOptions(detail, n, horizon);
    }
}
