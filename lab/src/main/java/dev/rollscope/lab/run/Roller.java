package dev.rollscope.lab.run;

import dev.rollscope.lab.proc.Ports;
import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Platform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Plays a rollout on real processes at the times the engine's controllers chose for the same
 * scaled input (see docs/decisions/0003-lab-fronts-and-rollout.md): a new instance is started
 * {@link #LEAD_MILLIS} before it is due to listen and must accept connections by the time it is due
 * to be ready; the front routes to it when the engine's view adds it; an old instance is taken out
 * of rotation, drained, its drain ended by the front, and stopped by {@link StopSequence}. What
 * happens to requests is never replayed: it is what the real processes do.
 */
final class Roller {

    /** How long before its listening time a new instance's process starts (nginx starts in ~10-40 ms). */
    static final long LEAD_MILLIS = 300;

    private final LabChain chain;
    private final SimulationResult plan;
    private LabClock clock;
    private StopSequence stops;
    private final Map<String, CompletableFuture<LabInstance>> launched = new ConcurrentHashMap<>();
    private final Set<String> initial = ConcurrentHashMap.newKeySet();
    private final ExecutorService launcher = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lab-launch");
        t.setDaemon(true);
        return t;
    });

    Roller(LabChain chain, SimulationResult plan) {
        this.chain = chain;
        this.plan = plan;
    }

    /**
     * Starts the instances present at time 0, deepest hop first, and routes to them; returns when
     * all accept. Deepest first, a caller's configuration lists its targets from its first start.
     */
    void startInitial() {
        List<InstanceInfo> first = new ArrayList<>();
        for (TraceEvent e : plan.trace().events()) {
            if (e.instance() >= 0 && e.request() < 0 && isInitial(e)) {
                first.add(plan.instances().get(e.instance()));
            }
        }
        first.sort(Comparator.comparingInt(InstanceInfo::hop).reversed());
        for (InstanceInfo info : first) {
            LabInstance x = chain.launch(info.hop(), info.id());
            launched.put(info.id(), CompletableFuture.completedFuture(x));
            initial.add(info.id());
            chain.front(info.hop()).route(x);
        }
    }

    private static boolean isInitial(TraceEvent e) {
        return e.type() == TraceEventType.INSTANCE_CREATED && e.detail().equals("initial");
    }

    /** Schedules every control-plane step of the engine's trace on the scenario's clock. */
    void scheduleRollout(LabClock scenarioClock) {
        this.clock = scenarioClock;
        this.stops = new StopSequence(scenarioClock);
        for (TraceEvent e : plan.trace().events()) {
            if (e.instance() < 0 || e.request() >= 0) {
                continue;
            }
            InstanceInfo info = plan.instances().get(e.instance());
            Hop hop = plan.topology().hops().get(info.hop());
            Front front = chain.front(info.hop());
            String id = info.id();
            long t = e.time();
            switch (e.type()) {
                case INSTANCE_LISTENING -> clock.at(t - LEAD_MILLIS, id + " launch", () -> launched.put(id,
                        CompletableFuture.supplyAsync(() -> chain.launch(info.hop(), id), launcher)));
                case INSTANCE_READY -> clock.at(t, id + " ready check", () -> checkReady(id, t));
                case VIEW_ADDED -> {
                    if (!initial.contains(id)) {
                        clock.at(t, id + " routed", () -> front.route(await(id)));
                    }
                }
                case VIEW_REMOVED, DRAIN_STARTED ->
                        clock.at(t, id + " unrouted (" + e.type() + ")", () -> front.unroute(id));
                case DRAIN_ENDED -> clock.at(t, id + " drain ended", () -> {
                    front.endDrain(id);
                    if (hop.platform() == Platform.GCE_MIG) {
                        stops.vm(hop, await(id), t);
                    }
                });
                case REMOVAL_STARTED -> {
                    if (hop.platform() == Platform.GKE_DEPLOYMENT) {
                        clock.at(t, id + " pod termination", () -> stops.pod(hop, await(id), t));
                    }
                }
                // the lab's chain does these by itself (a stop, a signal, an exit), or they are no instance's
                case INSTANCE_CREATED, INSTANCE_AVAILABLE, PRESTOP_STARTED, PRESTOP_ENDED, SIGNAL, LISTENER_CLOSED,
                     PROCESS_EXITED, INSTANCE_GONE, INSTANCE_CRASHED, DISRUPTION_STARTED, DISRUPTION_FINISHED,
                     TRAFFIC_SWITCHED, NODE_DRAIN_STARTED, EVICTION_BLOCKED, REQUEST_SENT, CONNECTED, CONNECT_FAILED,
                     BODY_STARTED, BODY_RECEIVED, PROCESSING_STARTED, RESPONSE_STARTED, RESPONSE_RECEIVED,
                     TIMER_ARMED, TIMER_CLEARED, TIMER_FIRED, STALLED, CUT, RETRIED, STATUS_SENT, REQUEST_DONE,
                     UPLOAD_NEXT -> {
                }
            }
        }
    }

    private void checkReady(String id, long t) {
        CompletableFuture<LabInstance> f = launched.get(id);
        if (f == null || !f.isDone() || f.isCompletedExceptionally() || !Ports.accepts(f.join().port())) {
            clock.problem(id + " was not accepting connections at its ready time " + t + " ms");
        }
    }

    private LabInstance await(String id) {
        try {
            return launched.get(id).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("instance " + id + " did not start: " + e.getMessage(), e);
        }
    }

    void close() {
        launcher.shutdownNow();
    }
}
