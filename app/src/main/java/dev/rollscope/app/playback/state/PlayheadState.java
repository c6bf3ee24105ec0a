package dev.rollscope.app.playback.state;

import java.util.List;

/**
 * Everything the playback shows at one simulated time: every instance, and every request that is
 * visible then (in flight, failed, or finished within the last {@link Playhead#DONE_LINGER} ms).
 */
public record PlayheadState(long time, List<InstanceView> instances, List<RequestView> requests) {

    public PlayheadState {
        instances = List.copyOf(instances);
        requests = List.copyOf(requests);
    }
}
