package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.CONNECTED;
import static dev.rollscope.model.sim.TraceEventType.CONNECT_FAILED;

import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.topology.EndpointRemoval;
import dev.rollscope.model.topology.FrontKind;

/**
 * Opens a caller's segment: for each hop station up to the next L7 station, the front picks an
 * instance from its (lagging) view and the connection reaches it, is refused (the process no
 * longer listens, domain.md §8.1), or vanishes into a black hole (the host is down, or a
 * passthrough NLB has no backend, §3) until the connect timeout. A caller with a modelled pool
 * first reuses an idle pooled connection (§8.8).
 */
final class Connector {

    /** The segment is open. */
    static final int CONNECTED_OK = 0;
    /** Waiting for a connect timeout; a CONNECT_TIMEOUT event resumes the request. */
    static final int PENDING = 1;
    /** The request ended, or was restarted elsewhere; the caller of connect() stops. */
    static final int ENDED = 2;

    private final Engine e;

    Connector(Engine e) {
        this.e = e;
    }

    /** Opens caller c's segment, retrying at once while c's rules allow. */
    int connect(RequestRun r, int c) {
        while (true) {
            r.attempts[c]++;
            r.totalAttempts++;
            int res = attempt(r, c);
            if (res == CONNECTED_OK) {
                if (e.chain.frontProxy[c]) {
                    e.timers.arm(r, c, Timers.BACKEND);
                }
                return CONNECTED_OK;
            }
            if (res == PENDING || res == ENDED) {
                return res;
            }
            boolean sent = res == FAIL_SENT;
            Cause cause = r.noBackend ? Cause.NO_ROUTABLE_INSTANCE : Cause.ROUTED_TO_STOPPED;
            int fault = r.noBackend ? -1 : r.refusedInstance;
            int faultStation = r.noBackend ? r.noBackendStation : e.fleet.get(fault).station;
            if (!e.failures.retryOrEnd(r, c, sent ? Failures.SENT_ERROR : Failures.UNSENT_ERROR, cause, fault,
                    faultStation)) {
                return ENDED;
            }
        }
    }

    private static final int FAIL_UNSENT = 3;
    private static final int FAIL_SENT = 4;

    private int attempt(RequestRun r, int c) {
        r.noBackend = false;
        if (r.inst[c] >= 0 && e.pools.modelled(c)) {
            PooledConnection pc = e.pools.take(r, c);
            if (pc != null) {
                return reuse(r, c, pc);
            }
        }
        int d = e.chain.callee[c];
        for (int k = c + 1; k <= d; k++) {
            int res = reach(r, c, k);
            if (res != CONNECTED_OK) {
                if (res != PENDING) {
                    e.failures.releaseFrom(r, c + 1);
                    return k == c + 1 ? res : FAIL_SENT;
                }
                return PENDING;
            }
        }
        if (e.pools.modelled(c) && r.inst[c] >= 0) {
            r.pooledConn[c] = e.pools.open(r, c);
        }
        return CONNECTED_OK;
    }

    /** Connects the hop (or GFE) at station k, from station k - 1. */
    private int reach(RequestRun r, int c, int k) {
        if (e.chain.frontProxy[k]) {
            r.headersAt[k] = e.now();
            e.log.request(CONNECTED, r.index, k - 1, r.inst[k - 1], k, -1, r.attempts[c], -1, "new");
            return CONNECTED_OK;
        }
        Instance x = e.pick(r, k);
        if (x == null) {
            return noBackend(r, c, k);
        }
        if (!x.accepting) {
            r.refusedInstance = x.index;
            e.log.request(CONNECT_FAILED, r.index, k - 1, r.inst[k - 1], k, x.index, r.attempts[c], -1,
                    x.hostUp ? "refused" : "blackhole");
            if (!x.hostUp) {
                return blackhole(r, c, k);
            }
            return FAIL_UNSENT;
        }
        e.failures.bind(r, k, x);
        r.headersAt[k] = e.now();
        e.log.request(CONNECTED, r.index, k - 1, r.inst[k - 1], k, x.index, r.attempts[c], -1, "new");
        return CONNECTED_OK;
    }

    /**
     * The front has nothing to route to (§8.15). The GFE answers 502 failed_to_pick_backend and
     * Kong 503; a ClusterIP Service with no endpoint refuses the connection, and so does a GKE
     * Service's passthrough NLB with externalTrafficPolicy Cluster, whose backends are nodes that
     * stay healthy while kube-proxy has no endpoint (§10.1); a passthrough NLB with no backend
     * drops the SYN, so the caller waits for its connect timeout.
     */
    private int noBackend(RequestRun r, int c, int k) {
        r.noBackend = true;
        r.noBackendStation = k;
        e.log.request(CONNECT_FAILED, r.index, k - 1, r.inst[k - 1], k, -1, r.attempts[c], -1, "no-backend");
        FrontKind f = e.chain.frontOf(k);
        if (f == FrontKind.GCP_EXTERNAL_ALB || f == FrontKind.KONG_UPSTREAM) {
            e.failures.releaseFrom(r, c + 1);
            e.failures.end(r, f == FrontKind.KONG_UPSTREAM ? 503 : 502, false, c, Cause.NO_ROUTABLE_INSTANCE, k, -1);
            return ENDED;
        }
        if (f == FrontKind.GCP_INTERNAL_TCP_LB && e.chain.hopAt(k).endpointRemoval() != EndpointRemoval.PROPAGATED) {
            return blackhole(r, c, k);
        }
        return FAIL_UNSENT;
    }

    /**
     * The connection vanishes (a dead host, or a passthrough NLB with no backend): the caller waits
     * for its connect timeout, and meanwhile the request is stalled there, so any other timer that
     * fires first blames the black hole, not itself.
     */
    private int blackhole(RequestRun r, int c, int k) {
        r.pendingStation = k;
        r.connecting = c;
        r.stalled = true;
        r.stallCause = r.noBackend ? Cause.NO_ROUTABLE_INSTANCE : Cause.INSTANCE_CRASHED;
        r.stallInstance = r.noBackend ? -1 : r.refusedInstance;
        r.stallStation = k;
        r.stallSince = e.now();
        e.timers.materialize(r);
        long timeout = e.chain.connectTimeout[k - 1];
        long wait = timeout == Chain.NONE ? e.chain.backendTimeout[k - 1] : timeout;
        if (wait != Chain.NONE) {
            e.at(e.now() + wait, Ev.CONNECT_TIMEOUT, r.index, k, r.generation);
        }
        return PENDING;
    }

    /** Reuses a pooled connection: the request goes wherever that connection already leads. */
    private int reuse(RequestRun r, int c, PooledConnection pc) {
        r.pooledConn[c] = pc;
        for (int k = c + 1; k <= e.chain.callee[c]; k++) {
            Instance x = e.fleet.get(pc.path[k - c - 1]);
            e.failures.bind(r, k, x);
            r.headersAt[k] = e.now();
            e.log.request(CONNECTED, r.index, k - 1, r.inst[k - 1], k, x.index, r.attempts[c], -1, "pooled");
        }
        if (pc.dropped) {
            e.failures.stall(r, e.fleet.get(pc.path[0]), Cause.POOLED_CONNECTION_DRAINED);
        }
        return CONNECTED_OK;
    }
}
