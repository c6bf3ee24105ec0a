package dev.rollscope.model.sim.facade;

import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.InstanceInfo.StateInterval;
import dev.rollscope.model.sim.InstanceState;
import dev.rollscope.model.sim.OutcomeFields;
import dev.rollscope.model.sim.SimulationFault;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's invariants, checked on every finished {@link SimulationResult} the {@link Simulator}
 * returns (those that need the trace, 2, 6 and 7 and part of 3, when it was recorded). Each violation
 * is one line naming the request, instance or event that breaks it; a run that breaks one is a
 * {@link SimulationFault}, never a verdict:
 * <ol>
 * <li>every request sent ends with exactly one outcome: OK (status 200, whole response, no failure)
 *     or a failure with a cause, a hop and a time, the time it ended;</li>
 * <li>no request is both answered and cut: it is OK exactly when the client received its whole
 *     response (a resumable upload: the answer to a chunk request), and its last event is its one
 *     {@code REQUEST_DONE};</li>
 * <li>time never goes backwards: trace events in order, every outcome ends at or after it starts;</li>
 * <li>every instance moves only along its lifecycle: starting → listening → ready → terminating →
 *     stopping → down → gone, skipping states but never going back, except a crashed instance that
 *     restarts (→ starting) before its removal began; its intervals cover its life without gaps and
 *     it ends gone or alive at the end;</li>
 * <li>during a rolling update that is the only disruption of its hop, the hop's instances stay
 *     within the rollout's bounds at every moment: a Deployment at most replicas + maxSurge pods not
 *     terminating and at least replicas − maxUnavailable ready (domain.md §6), a MIG at most
 *     targetSize + maxSurge VMs not yet deleted (targetSize with RECREATE) and at least
 *     targetSize − maxUnavailable ready (§7);</li>
 * <li>an instance whose process is not running serves nothing: no connection opened to it, no body
 *     sent or received by it, no processing or response started by it;</li>
 * <li>every connection ends: no event of a request follows its end but the clearing of its timers
 *     as it ends (the engine also checks that no instance carries a request at the end).</li>
 * </ol>
 */
public final class EngineInvariants {

    /** Each state's place along the lifecycle. */
    static final int[] RANK = new int[InstanceState.values().length];

    static {
        InstanceState[] order = {InstanceState.STARTING, InstanceState.LISTENING, InstanceState.READY,
            InstanceState.TERMINATING, InstanceState.STOPPING, InstanceState.DOWN, InstanceState.GONE};
        for (int i = 0; i < order.length; i++) {
            RANK[order[i].ordinal()] = i;
        }
    }

    private final SimulationResult r;
    private final List<String> out = new ArrayList<>();

    private EngineInvariants(SimulationResult r) {
        this.r = r;
    }

    /**
     * @throws SimulationFault naming the scenario, its seed and the first violations, when the run
     *         breaks an invariant
     */
    static SimulationResult checked(SimulationResult result) {
        List<String> broken = violations(result);
        if (!broken.isEmpty()) {
            throw new SimulationFault(result.scenario().name(), result.scenario().seed(), result.endTime(),
                    "the engine's invariants", new IllegalStateException(String.join("; ", broken)));
        }
        return result;
    }

    /** Every violation of the invariants above (at most 20), or an empty list. */
    public static List<String> violations(SimulationResult result) {
        EngineInvariants c = new EngineInvariants(result);
        c.outcomes();
        c.trace();
        c.lifecycles();
        RolloutBounds.check(result, c::fail);
        return c.out;
    }

    private void fail(String s) {
        if (out.size() < 20) {
            out.add(s);
        }
    }

    // ---- 1, 3: outcomes ----

    private void outcomes() {
        OutcomeFields o = r.outcomeFields();
        if (o.size() != r.requests().size()) {
            fail(r.requests().size() + " requests but " + o.size() + " outcomes");
        }
        for (int i = 0; i < o.size(); i++) {
            if (o.request(i) != i) {
                fail(id(i) + ": outcome of index " + o.request(i) + " at " + i);
            }
            if (o.end(i) < o.start(i)) {
                fail(id(i) + ": ends at " + o.end(i) + " before it starts at " + o.start(i));
            }
            if (o.ok(i)) {
                if (o.failure(i) != null || o.status(i) != 200 || o.truncated(i)) {
                    fail(id(i) + ": OK with status " + o.get(i).statusText() + " and failure " + o.failure(i));
                }
                if (o.attempts(i) < 1) {
                    fail(id(i) + ": OK after " + o.attempts(i) + " connection attempts");
                }
            } else {
                Failure f = o.failure(i);
                if (f == null || f.cause() == null || f.hop() == null || f.hop().isEmpty()) {
                    fail(id(i) + ": failed (status " + o.status(i) + ") without a cause and hop: " + f);
                } else if (f.time() != o.end(i)) {
                    fail(id(i) + ": failure at " + f.time() + " but outcome ends at " + o.end(i));
                }
            }
        }
    }

    // ---- 2, 3, 6, 7: the trace ----

    private void trace() {
        if (r.trace().size() == 0) {
            return;
        }
        int n = r.requests().size();
        int[] sent = new int[n];
        int[] done = new int[n];
        boolean[] answered = new boolean[n];
        boolean[] running = new boolean[r.instances().size()];
        OutcomeFields o = r.outcomeFields();
        long last = Long.MIN_VALUE;
        for (TraceEvent e : r.trace().events()) {
            if (e.time() < last) {
                fail("time goes back from " + last + " to " + e.time() + " at " + e);
            }
            last = e.time();
            instanceEvent(e, running);
            int q = e.request();
            if (q < 0) {
                continue;
            }
            boolean freeing = e.type() == TraceEventType.TIMER_CLEARED && e.time() == o.end(q);
            if (done[q] > 0 && !freeing) {
                fail(id(q) + ": event after its end: " + e);
            }
            // 6: the instance the event says serves the request, if any
            int serves = switch (e.type()) {
                case REQUEST_SENT -> {
                    sent[q]++;
                    if (sent[q] == 1 && e.time() != o.start(q)) {
                        fail(id(q) + ": sent at " + e.time() + ", outcome says " + o.start(q));
                    }
                    yield -1;
                }
                case REQUEST_DONE -> {
                    done[q]++;
                    boolean ok = "OK".equals(e.detail());
                    if (ok != o.ok(q) || e.time() != o.end(q)) {
                        fail(id(q) + ": done " + e.detail() + " at " + e.time() + ", outcome " + o.get(q));
                    }
                    yield -1;
                }
                case RESPONSE_RECEIVED -> {
                    answered[q] |= e.station() == 0;
                    yield -1;
                }
                case CONNECTED -> e.peerInstance();
                case BODY_STARTED -> {
                    serving(e, e.instance(), running);
                    yield e.peerInstance();
                }
                case BODY_RECEIVED, PROCESSING_STARTED, RESPONSE_STARTED -> e.instance();
                case INSTANCE_CREATED, INSTANCE_LISTENING, INSTANCE_READY, INSTANCE_AVAILABLE, VIEW_ADDED, VIEW_REMOVED,
                     REMOVAL_STARTED, DRAIN_STARTED, DRAIN_ENDED, PRESTOP_STARTED, PRESTOP_ENDED, SIGNAL,
                     LISTENER_CLOSED, PROCESS_EXITED, INSTANCE_GONE, INSTANCE_CRASHED, DISRUPTION_STARTED,
                     DISRUPTION_FINISHED, TRAFFIC_SWITCHED, NODE_DRAIN_STARTED, EVICTION_BLOCKED, CONNECT_FAILED,
                     TIMER_ARMED, TIMER_CLEARED, TIMER_FIRED, STALLED, CUT, RETRIED, STATUS_SENT, UPLOAD_NEXT -> -1;
            };
            serving(e, serves, running);
        }
        for (int q = 0; q < n; q++) {
            if (!r.trace().traces(q)) {
                continue;
            }
            Failure f = o.failure(q);
            boolean unsent = !o.ok(q) && f != null && f.cause() == Cause.HORIZON_REACHED && o.start(q) >= f.time();
            // a resumable upload sends a request per chunk, HEAD and retry (domain.md §13), the first at its start
            boolean sends = unsent ? sent[q] == 0 : r.upload(q).isPresent() ? sent[q] >= 1 : sent[q] == 1;
            if (!sends || done[q] != (unsent ? 0 : 1)) {
                fail(id(q) + ": sent " + sent[q] + " times, ended " + done[q] + " times");
            }
            if (answered[q] != o.ok(q) && r.upload(q).isEmpty()) {
                fail(id(q) + ": " + (answered[q] ? "answered but " + f : "OK but never answered"));
            }
        }
    }

    /** Tracks which instances have a running process, in trace order: whether the process of e's instance runs after e. */
    private static void instanceEvent(TraceEvent e, boolean[] running) {
        if (e.instance() < 0 || e.request() >= 0) {
            return;
        }
        int x = e.instance();
        running[x] = switch (e.type()) {
            case INSTANCE_CREATED -> "initial".equals(e.detail());
            case INSTANCE_LISTENING -> true;
            case PROCESS_EXITED, INSTANCE_CRASHED, INSTANCE_GONE -> false;
            case INSTANCE_READY, INSTANCE_AVAILABLE, VIEW_ADDED, VIEW_REMOVED, REMOVAL_STARTED, DRAIN_STARTED,
                 DRAIN_ENDED, PRESTOP_STARTED, PRESTOP_ENDED, SIGNAL, LISTENER_CLOSED, DISRUPTION_STARTED,
                 DISRUPTION_FINISHED, TRAFFIC_SWITCHED, NODE_DRAIN_STARTED, EVICTION_BLOCKED, REQUEST_SENT, CONNECTED,
                 CONNECT_FAILED, BODY_STARTED, BODY_RECEIVED, PROCESSING_STARTED, RESPONSE_STARTED, RESPONSE_RECEIVED,
                 TIMER_ARMED, TIMER_CLEARED, TIMER_FIRED, STALLED, CUT, RETRIED, STATUS_SENT, REQUEST_DONE,
                 UPLOAD_NEXT -> running[x];
        };
    }

    private void serving(TraceEvent e, int instance, boolean[] running) {
        if (instance >= 0 && !running[instance]) {
            fail("instance " + r.instances().get(instance).id() + " serves while its process is not running: " + e);
        }
    }

    /** Named only for a violation: a run of a million requests would otherwise build a million names. */
    private String id(int q) {
        return "request " + r.outcomes().get(q).requestId();
    }

    // ---- 4: lifecycles ----

    private void lifecycles() {
        for (InstanceInfo x : r.instances()) {
            List<StateInterval> iv = x.intervals();
            if (iv.isEmpty() || iv.get(0).from() < 0 || iv.get(iv.size() - 1).to() != Long.MAX_VALUE) {
                fail("instance " + x.id() + ": intervals do not cover its life: " + iv);
                continue;
            }
            boolean removed = false;
            for (int i = 0; i < iv.size(); i++) {
                StateInterval s = iv.get(i);
                if (s.to() <= s.from()) {
                    fail("instance " + x.id() + ": empty or reversed interval " + s);
                }
                if (i == 0) {
                    removed = s.state() == InstanceState.TERMINATING;
                    continue;
                }
                StateInterval p = iv.get(i - 1);
                if (p.to() != s.from()) {
                    fail("instance " + x.id() + ": gap between " + p + " and " + s);
                }
                boolean restart = s.state() == InstanceState.STARTING && !removed
                        && p.state() != InstanceState.GONE && p.state() != InstanceState.STARTING;
                if (!restart && RANK[s.state().ordinal()] <= RANK[p.state().ordinal()]) {
                    fail("instance " + x.id() + ": " + p.state() + " → " + s.state() + " at " + s.from());
                }
                removed |= s.state() == InstanceState.TERMINATING;
            }
        }
    }
}
