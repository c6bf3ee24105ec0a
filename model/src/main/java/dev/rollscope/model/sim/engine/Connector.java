package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.CONNECTED;
import static dev.rollscope.model.sim.TraceEventType.CONNECT_FAILED;

import dev.rollscope.model.sim.Cause;

/**
 * Opens a caller's segment: for each hop station up to the next L7 station, the front picks an
 * instance from its (lagging) view and the connection reaches it, is refused (the process no
 * longer listens, domain.md §8.1), or vanishes into a black hole (the host is down, or a
 * passthrough NLB has no backend, §3) until the connect timeout. A caller with a modelled pool
 * first reuses an idle pooled connection (§8.8).
 */
final class Connector {

    /** How an attempt to open a segment (or to reach one station of it) came out. */
    enum Result {
        /** The segment is open. */
        CONNECTED,
        /** Waiting for a connect timeout; a CONNECT_TIMEOUT event resumes the request. */
        PENDING,
        /** The request ended, or was restarted elsewhere; the caller of connect() stops. */
        ENDED,
        /** Refused or no backend at the first station: nothing was sent (an attempt's result only). */
        FAILED_UNSENT,
        /** A later station of the segment failed after the first was reached (an attempt's result only). */
        FAILED_SENT
    }

    private final Chain chain;
    private final Fleet fleet;
    private final Events events;
    private final TraceLog log;
    private final Timers timers;
    private final Routing routing;
    private final Pools pools;
    private final Failures failures;

    Connector(Chain chain, Fleet fleet, Events events, TraceLog log, Timers timers, Routing routing, Pools pools,
              Failures failures) {
        this.chain = chain;
        this.fleet = fleet;
        this.events = events;
        this.log = log;
        this.timers = timers;
        this.routing = routing;
        this.pools = pools;
        this.failures = failures;
    }

    /** Opens caller c's segment, retrying at once while c's rules allow: CONNECTED, PENDING or ENDED. */
    Result connect(RequestRun r, int c) {
        while (true) {
            r.attempts[c]++;
            r.totalAttempts++;
            Result res = attempt(r, c);
            FailedAttempt failed = switch (res) {
                case CONNECTED, PENDING, ENDED -> null;
                case FAILED_UNSENT -> FailedAttempt.UNSENT_ERROR;
                case FAILED_SENT -> FailedAttempt.SENT_ERROR;
            };
            if (failed == null) {
                if (res == Result.CONNECTED && chain.frontProxy[c]) {
                    timers.arm(r, c, TimerKind.BACKEND);
                }
                return res;
            }
            Cause cause = r.noBackend ? Cause.NO_ROUTABLE_INSTANCE : Cause.ROUTED_TO_STOPPED;
            int fault = r.noBackend ? -1 : r.refusedInstance;
            int faultStation = r.noBackend ? r.noBackendStation : fleet.get(fault).station;
            if (!failures.retryOrEnd(r, c, failed, cause, fault, faultStation)) {
                return Result.ENDED;
            }
        }
    }

    private Result attempt(RequestRun r, int c) {
        r.noBackend = false;
        if (r.inst[c] >= 0 && pools.modelled(c)) {
            PooledConnection pc = pools.take(r, c);
            if (pc != null) {
                return reuse(r, c, pc);
            }
        }
        int d = chain.callee[c];
        for (int k = c + 1; k <= d; k++) {
            Result res = reach(r, c, k);
            if (res != Result.CONNECTED) {
                if (res != Result.PENDING) {
                    failures.releaseFrom(r, c + 1);
                    return k == c + 1 ? res : Result.FAILED_SENT;
                }
                return Result.PENDING;
            }
        }
        if (pools.modelled(c) && r.inst[c] >= 0) {
            r.pooledConn[c] = pools.open(r, c);
        }
        return Result.CONNECTED;
    }

    /** Connects the hop (or GFE) at station k, from station k - 1. */
    private Result reach(RequestRun r, int c, int k) {
        if (chain.frontProxy[k]) {
            r.headersAt[k] = events.now();
            log.request(CONNECTED, r.index, k - 1, r.inst[k - 1], k, -1, r.attempts[c], -1, "new");
            return Result.CONNECTED;
        }
        Instance x = routing.pick(r, k);
        if (x == null) {
            return noBackend(r, c, k);
        }
        if (!x.accepting) {
            r.refusedInstance = x.index;
            log.request(CONNECT_FAILED, r.index, k - 1, r.inst[k - 1], k, x.index, r.attempts[c], -1,
                    x.hostUp ? "refused" : "blackhole");
            if (!x.hostUp) {
                return blackhole(r, c, k);
            }
            return Result.FAILED_UNSENT;
        }
        failures.bind(r, k, x);
        r.headersAt[k] = events.now();
        log.request(CONNECTED, r.index, k - 1, r.inst[k - 1], k, x.index, r.attempts[c], -1, "new");
        return Result.CONNECTED;
    }

    /**
     * The front has nothing to route to (§8.15). The GFE answers 502 failed_to_pick_backend and
     * Kong 503; a ClusterIP Service with no endpoint refuses the connection, and so does a GKE
     * Service's passthrough NLB with externalTrafficPolicy Cluster, whose backends are nodes that
     * stay healthy while kube-proxy has no endpoint (§10.1); a passthrough NLB with no backend
     * drops the SYN, so the caller waits for its connect timeout.
     */
    private Result noBackend(RequestRun r, int c, int k) {
        r.noBackend = true;
        r.noBackendStation = k;
        log.request(CONNECT_FAILED, r.index, k - 1, r.inst[k - 1], k, -1, r.attempts[c], -1, "no-backend");
        return switch (chain.frontOf(k)) {
            case GCP_EXTERNAL_ALB -> answer(r, c, k, 502);
            case KONG_UPSTREAM -> answer(r, c, k, 503);
            case GCP_INTERNAL_TCP_LB -> switch (chain.hopAt(k).endpointRemoval()) {
                case PROPAGATED -> Result.FAILED_UNSENT;
                case DRAINED, HEALTH_CHECKED -> blackhole(r, c, k);
            };
            case K8S_SERVICE -> Result.FAILED_UNSENT;
        };
    }

    /** The front itself answers the caller that it has no backend. */
    private Result answer(RequestRun r, int c, int k, int status) {
        failures.releaseFrom(r, c + 1);
        failures.end(r, status, false, c, Cause.NO_ROUTABLE_INSTANCE, k, -1);
        return Result.ENDED;
    }

    /**
     * The connection vanishes (a dead host, or a passthrough NLB with no backend): the caller waits
     * for its connect timeout, and meanwhile the request is stalled there, so any other timer that
     * fires first blames the black hole, not itself.
     */
    private Result blackhole(RequestRun r, int c, int k) {
        r.pendingStation = k;
        r.connecting = c;
        r.stalled = true;
        r.stallCause = r.noBackend ? Cause.NO_ROUTABLE_INSTANCE : Cause.INSTANCE_CRASHED;
        r.stallInstance = r.noBackend ? -1 : r.refusedInstance;
        r.stallStation = k;
        r.stallSince = events.now();
        timers.materialize(r);
        long timeout = chain.connectTimeout[k - 1];
        long wait = timeout == Chain.NONE ? chain.backendTimeout[k - 1] : timeout;
        if (wait != Chain.NONE) {
            events.connectTimeout(events.now() + wait, r, k);
        }
        return Result.PENDING;
    }

    /** Reuses a pooled connection: the request goes wherever that connection already leads. */
    private Result reuse(RequestRun r, int c, PooledConnection pc) {
        r.pooledConn[c] = pc;
        for (int k = c + 1; k <= chain.callee[c]; k++) {
            Instance x = fleet.get(pc.path[k - c - 1]);
            failures.bind(r, k, x);
            r.headersAt[k] = events.now();
            log.request(CONNECTED, r.index, k - 1, r.inst[k - 1], k, x.index, r.attempts[c], -1, "pooled");
        }
        if (pc.dropped) {
            failures.stall(r, fleet.get(pc.path[0]), Cause.POOLED_CONNECTION_DRAINED);
        }
        return Result.CONNECTED;
    }
}
