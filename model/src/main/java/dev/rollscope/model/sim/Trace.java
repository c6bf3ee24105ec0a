package dev.rollscope.model.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every event of a simulation in time order (ties in the order they happened); with a sampled
 * trace ({@link SimulationOptions#sampled}), only one request's in {@link #every()}. Empty when the
 * simulation ran with {@link SimulationOptions.Detail#OUTCOMES}.
 */
public final class Trace {

    private final List<TraceEvent> events;
    private final int every;

    public Trace(List<TraceEvent> events, int every) {
        this.events = Collections.unmodifiableList(events);
        this.every = every;
    }

    /** 1 when every request's events are here, N when only those of requests 0, N, 2N, …. */
    public int every() {
        return every;
    }

    /** True when the request's events are in this trace. */
    public boolean traces(int request) {
        return request % every == 0;
    }

    public List<TraceEvent> events() {
        return events;
    }

    /** The events of one request, in order. */
    public List<TraceEvent> forRequest(int request) {
        List<TraceEvent> out = new ArrayList<>();
        for (TraceEvent e : events) {
            if (e.request() == request) {
                out.add(e);
            }
        }
        return out;
    }

    /** The events about one instance that involve no request, in order. */
    public List<TraceEvent> forInstance(int instance) {
        List<TraceEvent> out = new ArrayList<>();
        for (TraceEvent e : events) {
            if (e.instance() == instance && e.request() < 0) {
                out.add(e);
            }
        }
        return out;
    }

    public int size() {
        return events.size();
    }
}
