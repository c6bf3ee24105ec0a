package dev.rollscope.model.sim.engine;

import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import java.util.ArrayList;
import java.util.List;

/**
 * Records trace events when the simulation runs in full detail (of one request in {@code every},
 * and of every instance and station); otherwise records nothing.
 */
final class TraceLog {

    private final boolean on;
    private final int every;
    private final List<TraceEvent> events = new ArrayList<>();
    private final Clock clock;

    /** Reads the engine's current time. */
    interface Clock {
        long now();
    }

    TraceLog(boolean on, int every, Clock clock) {
        this.on = on;
        this.every = every;
        this.clock = clock;
    }

    boolean on() {
        return on;
    }

    /** An instance or front event (no request). */
    void instance(TraceEventType type, Instance x, long value, long until, String detail) {
        if (on) {
            events.add(new TraceEvent(clock.now(), type, -1, x.station, x.index, -1, -1, value, until, detail));
        }
    }

    /** An event about a station, without request or instance. */
    void station(TraceEventType type, int station, long value, String detail) {
        if (on) {
            events.add(new TraceEvent(clock.now(), type, -1, station, -1, -1, -1, value, -1, detail));
        }
    }

    /** A request event at a station, optionally toward a peer station and instance. */
    void request(TraceEventType type, int request, int station, int instance, int peerStation, int peerInstance,
                 long value, long until, String detail) {
        if (on && request % every == 0) {
            events.add(new TraceEvent(clock.now(), type, request, station, instance, peerStation, peerInstance, value,
                    until, detail));
        }
    }

    List<TraceEvent> events() {
        return events;
    }
}
