package dev.rollscope.app.playback.state;

import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The state of a simulation at any simulated time, read from its trace: every instance (state,
 * version, whether its front routes to it) and every request (phase, leg, progress, verdict).
 * Indexes the trace once; each question is then a binary search plus a walk over one request's own
 * events, so a frame never re-simulates and never scans the whole trace.
 */
public final class Playhead {

    /** How long (ms of simulated time) a request that ended well stays visible after its end. */
    public static final long DONE_LINGER = 1500;

    private final SimulationResult result;
    private final TraceIndex index;
    private final RequestTracker tracker;
    private final int[] byStart;
    private final long[] starts;
    private final long[] ends;
    private final boolean[] ok;

    public Playhead(SimulationResult result) {
        this.result = result;
        this.index = new TraceIndex(result);
        this.tracker = new RequestTracker(result, index);
        int n = result.requests().size();
        starts = new long[n];
        ends = new long[n];
        ok = new boolean[n];
        for (int r = 0; r < n; r++) {
            Outcome o = result.outcomes().get(r);
            starts[r] = o.start();
            ends[r] = o.end();
            ok[r] = o.ok();
        }
        byStart = IntStream.range(0, n).boxed().sorted(Comparator.comparingLong(r -> starts[r]))
                .mapToInt(Integer::intValue).toArray();
    }

    public SimulationResult result() {
        return result;
    }

    /** When the simulation ended, ms. */
    public long endTime() {
        return result.endTime();
    }

    /** Everything visible at time t. */
    public PlayheadState state(long t) {
        List<RequestView> requests = new ArrayList<>();
        for (int r : byStart) {
            if (starts[r] > t) {
                break;
            }
            if (!ok[r] || ends[r] + DONE_LINGER >= t) {
                requests.add(tracker.view(r, t));
            }
        }
        return new PlayheadState(t, instances(t), requests);
    }

    /** Where request r is at time t. */
    public RequestView request(int request, long t) {
        return tracker.view(request, t);
    }

    /** The connections that hold request r at time t (none before it is sent or after it is answered). */
    public RequestPath path(int request, long t) {
        return tracker.path(request, t);
    }

    /** Every instance at time t, by index. */
    public List<InstanceView> instances(long t) {
        List<InstanceInfo> infos = result.instances();
        List<InstanceView> out = new ArrayList<>(infos.size());
        for (int i = 0; i < infos.size(); i++) {
            InstanceInfo info = infos.get(i);
            out.add(new InstanceView(i, info.id(), info.hop(), info.station(), info.version(), info.stateAt(t),
                    index.routable(i, t), index.draining(i, t)));
        }
        return out;
    }

    /** Request r's events that happened at or before t, in order. */
    public List<TraceEvent> eventsOf(int request, long t) {
        int[] events = index.eventsOf(request);
        int count = index.countAtOrBefore(request, t);
        List<TraceEvent> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(index.event(events[i]));
        }
        return out;
    }

    /** The first time after t at which anything happened, or t at or after the last event. */
    public long nextEventTime(long t) {
        return index.nextEventTime(t);
    }

    /** The last time before t at which anything happened, or 0. */
    public long previousEventTime(long t) {
        return index.previousEventTime(t);
    }
}
