package dev.rollscope.model.sim;

/** A simulation went past its event limit; the message says by how much and what to change. */
public final class SimulationLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SimulationLimitException(String message) {
        super(message);
    }

    /** The run of {@code scenario} went past {@code limit} events at time {@code now} (ms). */
    public static SimulationLimitException pastEvents(String scenario, long limit, long now) {
        return new SimulationLimitException("the scenario \"" + scenario + "\" went past " + limit
                + " simulation events at t=" + now + " ms; shorten it, lower its traffic rate or raise the limit");
    }
}
