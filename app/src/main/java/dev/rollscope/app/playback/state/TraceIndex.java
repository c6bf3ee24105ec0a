package dev.rollscope.app.playback.state;

import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import java.util.Arrays;
import java.util.List;

/**
 * The trace of a simulation cut up once for fast questions by time: each request's own events
 * (indices and times), each instance's routing and drain switches, and the distinct times at which
 * anything happened. Built in two passes over the trace; nothing here re-simulates.
 */
final class TraceIndex {

    private final List<TraceEvent> events;
    private final int[][] requestEvents;
    private final long[][] requestTimes;
    private final Toggles[] routable;
    private final Toggles[] draining;
    private final long[] eventTimes;

    TraceIndex(SimulationResult result) {
        this.events = result.trace().events();
        int requests = result.requests().size();
        int[] counts = new int[requests];
        for (TraceEvent e : events) {
            if (e.request() >= 0) {
                counts[e.request()]++;
            }
        }
        requestEvents = new int[requests][];
        requestTimes = new long[requests][];
        for (int r = 0; r < requests; r++) {
            requestEvents[r] = new int[counts[r]];
            requestTimes[r] = new long[counts[r]];
        }
        routable = toggles(result.instances().size());
        draining = toggles(result.instances().size());
        eventTimes = fill(new int[requests]);
    }

    private static Toggles[] toggles(int n) {
        Toggles[] out = new Toggles[n];
        Arrays.setAll(out, i -> new Toggles());
        return out;
    }

    private long[] fill(int[] next) {
        long[] times = new long[events.size()];
        int distinct = 0;
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            if (e.request() >= 0) {
                int r = e.request();
                requestEvents[r][next[r]] = i;
                requestTimes[r][next[r]++] = e.time();
            } else {
                recordSwitch(e);
            }
            if (distinct == 0 || times[distinct - 1] != e.time()) {
                times[distinct++] = e.time();
            }
        }
        return Arrays.copyOf(times, distinct);
    }

    /** Records an instance event that switches the instance's routable or draining flag on or off. */
    private void recordSwitch(TraceEvent e) {
        Toggles[] flag = switch (e.type()) {
            case VIEW_ADDED, VIEW_REMOVED -> routable;
            case DRAIN_STARTED, DRAIN_ENDED -> draining;
            case INSTANCE_CREATED, INSTANCE_LISTENING, INSTANCE_READY, INSTANCE_AVAILABLE, REMOVAL_STARTED,
                 PRESTOP_STARTED, PRESTOP_ENDED, SIGNAL, LISTENER_CLOSED, PROCESS_EXITED, INSTANCE_GONE,
                 INSTANCE_CRASHED, DISRUPTION_STARTED, DISRUPTION_FINISHED, TRAFFIC_SWITCHED, NODE_DRAIN_STARTED,
                 EVICTION_BLOCKED, REQUEST_SENT, CONNECTED, CONNECT_FAILED, BODY_STARTED, BODY_RECEIVED,
                 PROCESSING_STARTED, RESPONSE_STARTED, RESPONSE_RECEIVED, TIMER_ARMED, TIMER_CLEARED, TIMER_FIRED,
                 STALLED, CUT, RETRIED, STATUS_SENT, REQUEST_DONE, UPLOAD_NEXT -> null;
        };
        if (flag != null) {
            flag[e.instance()].record(e.time(), e.type() == TraceEventType.VIEW_ADDED
                    || e.type() == TraceEventType.DRAIN_STARTED);
        }
    }

    TraceEvent event(int index) {
        return events.get(index);
    }

    /** Indices into the trace of request r's events, in order. */
    int[] eventsOf(int request) {
        return requestEvents[request];
    }

    /** How many of request r's events happened at or before t. */
    int countAtOrBefore(int request, long t) {
        long[] times = requestTimes[request];
        return Search.lastAtOrBefore(times, times.length, t) + 1;
    }

    boolean routable(int instance, long t) {
        return routable[instance].at(t);
    }

    boolean draining(int instance, long t) {
        return draining[instance].at(t);
    }

    /** The first time after t at which an event happened, or t when none did. */
    long nextEventTime(long t) {
        int i = Search.lastAtOrBefore(eventTimes, eventTimes.length, t) + 1;
        return i < eventTimes.length ? eventTimes[i] : t;
    }

    /** The last time before t at which an event happened, or 0 when none did. */
    long previousEventTime(long t) {
        int i = Search.lastAtOrBefore(eventTimes, eventTimes.length, t - 1);
        return i >= 0 ? eventTimes[i] : 0;
    }
}
