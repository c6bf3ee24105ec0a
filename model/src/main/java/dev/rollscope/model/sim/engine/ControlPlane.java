package dev.rollscope.model.sim.engine;

/**
 * What a {@link Controller} (a rollout, a node upgrade, a crash) acts through: the chain and its
 * instances, the lifecycle that launches, removes and crashes them, the trace and the clock.
 */
record ControlPlane(Chain chain, Fleet fleet, Lifecycle lifecycle, TraceLog log, Events events) {
}
