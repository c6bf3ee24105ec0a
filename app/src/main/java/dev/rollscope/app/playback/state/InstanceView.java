package dev.rollscope.app.playback.state;

import dev.rollscope.model.sim.InstanceState;

/**
 * One instance at one moment of the playback.
 *
 * @param index    index in the simulation's instances
 * @param state    its state, or null before it was created
 * @param routable whether its front (load balancer, Service, Kong upstream) routes new connections
 *                 to it now; it lags {@code state}, which is the point of showing both
 * @param draining whether its front is draining it
 */
public record InstanceView(int index, String id, int hop, int station, int version, InstanceState state,
                           boolean routable, boolean draining) {

    /** True while the instance exists (created and not yet gone). */
    public boolean exists() {
        return state != null && state != InstanceState.GONE;
    }
}
