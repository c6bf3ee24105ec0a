package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.topology.FrontSettings.BACKEND_TIMEOUT;
import static dev.rollscope.model.topology.FrontSettings.DRAIN_TIMEOUT;
import static dev.rollscope.model.topology.FrontSettings.PROPAGATION_DELAY;
import static dev.rollscope.model.topology.LifecycleSettings.KONG_QUIT_TIMEOUT;
import static dev.rollscope.model.topology.LifecycleSettings.KONG_QUIT_WAIT;
import static dev.rollscope.model.topology.LifecycleSettings.ON_STOP_SIGNAL;
import static dev.rollscope.model.topology.LifecycleSettings.PRE_STOP_SLEEP;
import static dev.rollscope.model.topology.LifecycleSettings.TERMINATION_GRACE_PERIOD;
import static dev.rollscope.model.topology.ProxySettings.CLIENT_MAX_BODY_SIZE;
import static dev.rollscope.model.topology.RolloutSettings.PDB_MIN_AVAILABLE;
import static dev.rollscope.model.topology.ProxySettings.STREAM_IDLE_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_KEEPALIVE;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_READ_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.WORKER_SHUTDOWN_TIMEOUT;
import static dev.rollscope.model.topology.RolloutSettings.DETACH_DELAY;
import static dev.rollscope.model.topology.RolloutSettings.MAX_SURGE;
import static dev.rollscope.model.topology.RolloutSettings.MAX_UNAVAILABLE;
import static dev.rollscope.model.topology.RolloutSettings.ZONES;

import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Stall;
import dev.rollscope.model.topology.EndpointRemoval;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.math.RoundingMode;

/**
 * Turns a failure into a {@link Failure}: where it broke, the settings responsible and a fix whose
 * value comes from what the request still needed (its {@link Plan}), rounded up to whole seconds
 * as GCP and Kubernetes take them. The argument order of each cause is the order its
 * explanations bundle entries use.
 */
final class Verdicts {

    private final Chain chain;
    private final Fleet fleet;
    private final Events events;
    private final ClientVerdicts clients;
    private final DataFates data;

    Verdicts(Chain chain, Fleet fleet, Events events) {
        this.chain = chain;
        this.fleet = fleet;
        this.events = events;
        clients = new ClientVerdicts(chain);
        data = new DataFates(chain, fleet);
    }

    Failure failure(RequestRun r, int answeredBy, Cause cause, int faultStation, int faultInstance) {
        int k = faultStation > 0 ? faultStation : Math.max(answeredBy, 0);
        Instance x = faultInstance >= 0 ? fleet.get(faultInstance) : null;
        Hop hop = k > 0 ? chain.hopAt(k) : null;
        String hopId = hop == null ? "client" : hop.id();
        FailureBuilder b = new FailureBuilder(cause, hopId, x == null ? "" : x.id, label(answeredBy), events.now());
        if (r.stalled) {
            b.stall(new Stall(r.stallCause, r.stallStation > 0 ? chain.hopId(r.stallStation) : "client",
                    r.stallInstance >= 0 ? fleet.get(r.stallInstance).id : "", r.stallSince));
        }
        explain(b, r, cause, k, hop, x);
        b.data(data.of(r, cause, faultStation, events.now()));
        if (x != null && x.removing && "rollout".equals(x.removalReason) && EngineSettings.on(x.spec, PDB_MIN_AVAILABLE)
                && x.spec.get(PDB_MIN_AVAILABLE).value() > 0) {
            b.pdbBypassed();
        }
        return b.build();
    }

    /** Adds the settings, fixes and explanation arguments of each cause: every cause has its rule here. */
    private FailureBuilder explain(FailureBuilder b, RequestRun r, Cause cause, int k, Hop hop, Instance x) {
        return switch (cause) {
            case BODY_TOO_LARGE -> b.setting(hop, CLIENT_MAX_BODY_SIZE)
                    .raise(hop, CLIENT_MAX_BODY_SIZE, ByteSize.ofBytes(r.body))
                    .args(hop.id(), hop.get(CLIENT_MAX_BODY_SIZE), ByteSize.ofBytes(r.body));
            case LB_BACKEND_TIMEOUT -> {
                long need = plan(r).residence(chain.callee[k]);
                yield b.setting(hop, BACKEND_TIMEOUT).raise(hop, BACKEND_TIMEOUT, seconds(need))
                        .args(hop.id(), hop.get(BACKEND_TIMEOUT), needed(need));
            }
            case READ_TIMEOUT -> readTimeouts(b, r, k, hop);
            case STREAM_IDLE_TIMEOUT -> {
                Plan p = plan(r);
                long need = p.responseStart - p.bodyIn[k];
                yield b.setting(hop, STREAM_IDLE_TIMEOUT).raise(hop, STREAM_IDLE_TIMEOUT, seconds(need + 1000))
                        .args(hop.id(), hop.get(STREAM_IDLE_TIMEOUT), ms(need));
            }
            case DRAIN_ENDED -> {
                long need = neededUntil(r, k) - x.drainStartAt;
                yield b.setting(hop, DRAIN_TIMEOUT).raise(hop, DRAIN_TIMEOUT, seconds(need))
                        .args(hop.id(), x.id, hop.get(DRAIN_TIMEOUT), needed(need), hop.front().name(),
                                "eviction".equals(x.removalReason) ? "@removal.eviction" : "@removal.rollout",
                                hop.front().isProxy() ? "@drain.end.proxy" : "@drain.end.passthrough",
                                hop.get(DRAIN_TIMEOUT).millis() == 0 ? "@drain.zero" : "@none");
            }
            case POOLED_CONNECTION_DRAINED -> {
                Hop caller = chain.hopAt(chain.observer(k));
                yield b.setting(caller, UPSTREAM_KEEPALIVE).setting(hop, DRAIN_TIMEOUT)
                        .fix(caller, UPSTREAM_KEEPALIVE, 0)
                        .args(caller.id(), hop.id(), x.id, hop.get(DRAIN_TIMEOUT));
            }
            case STOPPED_AT_ONCE -> b.setting(hop, ON_STOP_SIGNAL).fix(hop, ON_STOP_SIGNAL, StopBehaviour.GRACEFUL)
                    .args(hop.id(), x.id);
            case KONG_QUIT_TIMEOUT -> kongQuit(b, r, k, hop, x);
            case GRACE_PERIOD_EXPIRED -> {
                long need = neededUntil(r, k) - x.removedAt;
                yield b.setting(hop, TERMINATION_GRACE_PERIOD).raise(hop, TERMINATION_GRACE_PERIOD, seconds(need))
                        .args(hop.id(), x.id, hop.get(TERMINATION_GRACE_PERIOD), needed(need));
            }
            case WORKER_SHUTDOWN_TIMEOUT -> {
                long need = neededUntil(r, k) - x.stopSignalAt;
                yield b.setting(hop, WORKER_SHUTDOWN_TIMEOUT).raise(hop, WORKER_SHUTDOWN_TIMEOUT, seconds(need))
                        .args(hop.id(), x.id, hop.get(WORKER_SHUTDOWN_TIMEOUT), needed(need));
            }
            case ROUTED_TO_STOPPED -> routedToStopped(b, r, hop, x);
            case BACKEND_DETACHED -> {
                long weightZeroAt = x.removedAt - hop.get(DETACH_DELAY).millis();
                long need = neededUntil(r, k) - weightZeroAt;
                yield b.setting(hop, DETACH_DELAY).raise(hop, DETACH_DELAY, seconds(need))
                        .args(hop.id(), x.id, hop.get(DETACH_DELAY), needed(need));
            }
            case NO_ROUTABLE_INSTANCE -> noRoutable(b, hop);
            case HORIZON_REACHED -> b.args(TimeSpan.ofMillis(events.now()).toHuman(), TimeSpan.ofMillis(r.start).toHuman());
            case CLIENT_HEADER_TIMEOUT -> clients.header(b, r, k, hop);
            case CLIENT_BODY_TIMEOUT -> clients.body(b, r, k, hop);
            case CLIENT_SEND_TIMEOUT -> clients.send(b, r, k, hop);
            case INSTANCE_CRASHED -> b.args(hop == null ? "client" : hop.id(), x == null ? "" : x.id,
                    r.idempotent ? "@crash.idempotent" : "@crash.sentOnce");
            case NO_RESPONSE -> b.args(hop == null ? "client" : hop.id(), x == null ? "" : x.id);
            case UPLOAD_NOT_FOUND -> uploadNotFound(b, r, hop, x);
        };
    }

    /**
     * A resumable upload's attempt reached a pod that does not know the upload (domain.md §13): no
     * setting of the chain saves it; shared storage or routing pinned to the pod does.
     */
    private FailureBuilder uploadNotFound(FailureBuilder b, RequestRun r, Hop hop, Instance x) {
        Instance home = r.upload.home >= 0 ? fleet.get(r.upload.home) : null;
        boolean replaced = home != null && (home.removing || home.gone);
        return b.args(hop.id(), x.id, home == null ? "?" : home.id, replaced ? "@upload.replaced" : "@upload.otherPod",
                r.type.method);
    }

    /**
     * The read timeout that fired, and every other one on the path that the wait for the first
     * byte would also outlast (§9.4): raising only the first would move the 504 one hop inwards.
     */
    private FailureBuilder readTimeouts(FailureBuilder b, RequestRun r, int k, Hop hop) {
        long need = plan(r).firstByteWait(chain, k);
        b.setting(hop, UPSTREAM_READ_TIMEOUT);
        for (int s = 1; s < chain.size; s++) {
            if (chain.readTimeout[s] != Chain.NONE && chain.callee[s] >= 0) {
                Hop h = chain.hopAt(s);
                b.raise(h, UPSTREAM_READ_TIMEOUT, seconds(plan(r).firstByteWait(chain, s) + 1000));
            }
        }
        return b.args(hop.id(), hop.get(UPSTREAM_READ_TIMEOUT), ms(need));
    }

    /** kong quit's timeout must cover what the request still needed after QUIT (§5, §9.9). */
    private FailureBuilder kongQuit(FailureBuilder b, RequestRun r, int k, Hop hop, Instance x) {
        long need = neededUntil(r, k) - x.stopSignalAt;
        TimeSpan timeout = seconds(need);
        b.setting(hop, KONG_QUIT_WAIT).setting(hop, KONG_QUIT_TIMEOUT).setting(hop, TERMINATION_GRACE_PERIOD)
                .raise(hop, KONG_QUIT_TIMEOUT, timeout);
        TimeSpan hook = hop.get(KONG_QUIT_WAIT).plus(timeout);
        if (hook.compareTo(hop.get(TERMINATION_GRACE_PERIOD)) >= 0) {
            b.raise(hop, TERMINATION_GRACE_PERIOD, hook.plus(TimeSpan.ofSeconds(5)));
        }
        return b.args(hop.id(), x.id, hop.get(KONG_QUIT_TIMEOUT), needed(need), hop.get(KONG_QUIT_WAIT));
    }

    /** New connections reached a stopped process because the front had not noticed (§8.1, §9.10). */
    private FailureBuilder routedToStopped(FailureBuilder b, RequestRun r, Hop hop, Instance x) {
        boolean healthCheck = hop.endpointRemoval() == EndpointRemoval.HEALTH_CHECKED;
        TimeSpan prop = healthCheck
                ? TimeSpan.ofMillis(hop.get(FrontSettings.HEALTH_CHECK_INTERVAL).millis()
                        * hop.get(FrontSettings.UNHEALTHY_THRESHOLD))
                : EngineSettings.on(hop, PROPAGATION_DELAY) ? hop.get(PROPAGATION_DELAY) : TimeSpan.ZERO;
        TimeSpan wait = seconds(Math.max(prop.millis(), 1000));
        b.setting(hop, PROPAGATION_DELAY);
        if (EngineSettings.on(hop, KONG_QUIT_WAIT)) {
            b.setting(hop, KONG_QUIT_WAIT).raise(hop, KONG_QUIT_WAIT, wait);
        } else if (EngineSettings.on(hop, PRE_STOP_SLEEP)) {
            b.setting(hop, PRE_STOP_SLEEP).raise(hop, PRE_STOP_SLEEP, wait);
        }
        return b.args(hop.id(), x == null ? "" : x.id, prop, wait,
                healthCheck ? "@routed.healthCheck" : "@routed.propagation",
                r.totalAttempts > 1 ? "@routed.retried" : "@none");
    }

    /**
     * The rollout left the front nothing to route to (§7, §8.2, §8.15); or a node upgrade evicted
     * every pod, which only a PodDisruptionBudget holds back (§6, §9.11).
     */
    private FailureBuilder noRoutable(FailureBuilder b, Hop hop) {
        boolean evicted = fleet.all.stream().anyMatch(i -> i.spec == hop && "eviction".equals(i.removalReason));
        if (evicted) {
            return b.setting(hop, PDB_MIN_AVAILABLE).fix(hop, PDB_MIN_AVAILABLE, Scale.count(1))
                    .args(hop.id(), hop.get(MAX_SURGE), hop.get(MAX_UNAVAILABLE), hop.replicas(),
                            "@routable.eviction", hop.get(PDB_MIN_AVAILABLE));
        }
        b.setting(hop, MAX_SURGE).setting(hop, MAX_UNAVAILABLE).fix(hop, MAX_UNAVAILABLE, Scale.count(0));
        if (hop.get(MAX_SURGE).resolve(hop.replicas(), RoundingMode.UP) == 0) {
            int zones = hop.platform() == Platform.GCE_MIG ? hop.get(ZONES) : 1;
            b.fix(hop, MAX_SURGE, Scale.count(zones));
        }
        return b.args(hop.id(), hop.get(MAX_SURGE), hop.get(MAX_UNAVAILABLE), hop.replicas(), "@routable.rollout");
    }

    /**
     * The time a request needed, or {@link Explanation#UNENDING} for one whose client stops reading:
     * its response never ends, so no value is enough (domain.md §15; {@link #seconds} asks no raise).
     */
    private static String needed(long need) {
        return need >= ClientTiming.NEVER / 2 ? Explanation.UNENDING : ms(need);
    }

    /** When the request would have been done with station k had nothing broken. */
    private long neededUntil(RequestRun r, int k) {
        Plan p = plan(r);
        long arrived = r.headersAt[k] >= 0 ? r.headersAt[k] : events.now();
        return arrived + p.residence(k);
    }

    private static Plan plan(RequestRun r) {
        return r.plan;
    }

    private String label(int station) {
        if (station <= 0) {
            return "client";
        }
        return chain.hopId(station) + (chain.frontProxy[station] ? "/front" : "");
    }

    /**
     * At least {@code millis}, in whole seconds as GCP and Kubernetes take them; no value (zero, so
     * no raise) for a client that stops reading, which would need forever (§15).
     */
    private static TimeSpan seconds(long millis) {
        return millis >= ClientTiming.NEVER / 2 ? TimeSpan.ZERO : TimeSpan.wholeSecondsAtLeast(millis);
    }

    private static String ms(long millis) {
        return TimeSpan.ofMillis(Math.max(0, millis)).toHuman();
    }

}
