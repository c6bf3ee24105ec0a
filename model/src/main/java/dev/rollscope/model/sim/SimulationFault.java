package dev.rollscope.model.sim;

/**
 * The engine broke one of its own rules (a bug, never a verdict): it says which scenario, seed,
 * simulated time and event, so that the run can be replayed. Callers report it as an internal
 * error, apart from requests that fail and from bad input.
 */
public final class SimulationFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String scenario;

    public SimulationFault(String scenario, long seed, long time, String event, Throwable cause) {
        super("internal error simulating scenario \"" + scenario + "\" (seed " + seed + ") at t=" + time
                + " ms, event " + event + ": " + cause, cause);
        this.scenario = scenario;
    }

    /** The name of the scenario being simulated. */
    public String scenario() {
        return scenario;
    }
}
