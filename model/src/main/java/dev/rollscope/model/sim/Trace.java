package dev.rollscope.model.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every event of a simulation in time order (ties in the order they happened). Empty when the
 * simulation ran with {@link SimulationOptions.Detail#OUTCOMES}.
 */
public final class Trace {

    private final List<TraceEvent> events;

    public Trace(List<TraceEvent> events) {
        this.events = Collections.unmodifiableList(events);
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
