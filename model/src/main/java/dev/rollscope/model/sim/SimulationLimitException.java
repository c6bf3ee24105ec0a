package dev.rollscope.model.sim;

/** A simulation went past its event limit; the message says by how much and what to change. */
public final class SimulationLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SimulationLimitException(String message) {
        super(message);
    }
}
