package dev.rollscope.model.sim;

/**
 * What had stopped a request's bytes before it ended: a flow its load balancer stopped forwarding,
 * a host that went down, a connection into a black hole. The request's {@link Failure} names what
 * ended it; this says what had stalled it first.
 *
 * @param cause    why the bytes stopped
 * @param hop      id of the hop where they stopped
 * @param instance id of the instance, or empty
 * @param since    when they stopped, ms from the start of the scenario
 */
public record Stall(Cause cause, String hop, String instance, long since) {
}
