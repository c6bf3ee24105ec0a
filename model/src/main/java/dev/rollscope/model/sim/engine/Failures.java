package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.CUT;
import static dev.rollscope.model.sim.TraceEventType.RETRIED;
import static dev.rollscope.model.sim.TraceEventType.STALLED;
import static dev.rollscope.model.sim.TraceEventType.TIMER_FIRED;

import dev.rollscope.model.sim.Cause;

/**
 * What happens to requests when something breaks under them: which station notices, whether it
 * may try again, and otherwise which status the client gets. Also keeps each instance's set of
 * carried requests.
 */
final class Failures {

    /** Nothing was sent upstream yet: the connection was refused or found no backend. */
    static final int UNSENT_ERROR = 0;
    /** The connect attempt timed out. */
    static final int UNSENT_TIMEOUT = 1;
    /** The connection broke after the request (or part of it) went out. */
    static final int SENT_ERROR = 2;
    /** A read or send timer fired after the request went out. */
    static final int SENT_TIMEOUT = 3;

    private final Engine e;

    Failures(Engine e) {
        this.e = e;
    }

    // ---- who carries what ----

    void bind(RequestRun r, int k, Instance x) {
        r.inst[k] = x.index;
        r.slot[k] = x.requests.add(r.index);
    }

    void release(RequestRun r, int k) {
        int i = r.inst[k];
        if (i < 0) {
            return;
        }
        Instance x = e.fleet.get(i);
        int moved = x.requests.removeAt(r.slot[k]);
        if (moved >= 0) {
            e.run(moved).slot[k] = r.slot[k];
        }
        r.inst[k] = -1;
        r.slot[k] = -1;
        e.stopping.exitIfIdle(x);
    }

    void releaseFrom(RequestRun r, int from) {
        for (int k = from; k < e.chain.size; k++) {
            release(r, k);
        }
    }

    // ---- breaks ----

    /** x's connections are reset: every request on x fails or is retried by the station that notices. */
    void cutAll(Instance x, Cause cause) {
        for (int req : x.requests.snapshot()) {
            RequestRun r = e.run(req);
            if (r != null && !r.done() && r.inst[x.station] == x.index) {
                cut(r, x, cause);
            }
        }
    }

    /** x's packets stop flowing: every request on x stalls until a timer fires or x's process closes. */
    void stallAll(Instance x, Cause cause) {
        for (int req : x.requests.snapshot()) {
            RequestRun r = e.run(req);
            if (r != null && !r.done() && r.inst[x.station] == x.index) {
                stall(r, x, cause);
            }
        }
    }

    /**
     * The connection through x resets. The nearest L7 station before x (or the client) sees the
     * error; an L4 station only passes the close on (domain.md §4). The cut is what ended the
     * request, so it is the cause even when something had stalled it first (the stall is kept for
     * the explanation): a passthrough NLB returns the backend's packets directly to the caller
     * (direct server return), so a reset from an instance whose inbound flow it stopped forwarding
     * still reaches the caller.
     */
    void cut(RequestRun r, Instance x, Cause cause) {
        int c = observer(x.station);
        e.log.request(CUT, r.index, c, r.inst[c], x.station, x.index, -1, -1, cause.name());
        if (retryOrEnd(r, c, SENT_ERROR, attribute(r, x, cause), x.index, x.station)) {
            e.flow.restartFrom(r, c);
        }
    }

    /**
     * Bytes through x stop. Nobody is told: the stations that now wait arm the timers that watch
     * silence (a sender's SEND, a reader's READ, an L4 session's IDLE); the GFE's whole-response
     * budget keeps running.
     */
    void stall(RequestRun r, Instance x, Cause cause) {
        if (r.stalled) {
            return;
        }
        r.stalled = true;
        r.stallCause = attribute(r, x, cause);
        r.stallInstance = x.index;
        r.stallStation = x.station;
        r.stallSince = e.now();
        r.generation++;
        int c = observer(x.station);
        e.log.request(STALLED, r.index, c, r.inst[c], x.station, x.index, -1, -1, cause.name());
        if (r.phase == RequestRun.Phase.BODY) {
            for (int s = r.source; s < x.station; s++) {
                armSilence(r, s, Timers.SEND);
            }
        } else if (r.phase == RequestRun.Phase.RESPONSE) {
            for (int s = 1; s < x.station; s++) {
                armSilence(r, s, Timers.READ);
            }
        }
        e.timers.materialize(r);
    }

    private void armSilence(RequestRun r, int s, int l7Kind) {
        if (!e.chain.l7[s]) {
            e.timers.arm(r, s, Timers.IDLE);
        } else if (!e.chain.frontProxy[s] && e.chain.callee[s] >= 0) {
            e.timers.arm(r, s, l7Kind);
        }
    }

    /**
     * A drain that ends under a request which reached x on a pooled connection reused after x's
     * drain began was not the request's own doing: the pool sent it there (§8.8).
     */
    private Cause attribute(RequestRun r, Instance x, Cause cause) {
        int c = observer(x.station);
        if (cause == Cause.DRAIN_ENDED && r.pooledConn[c] != null && x.drainStartAt >= 0
                && r.headersAt[x.station] >= x.drainStartAt) {
            return Cause.POOLED_CONNECTION_DRAINED;
        }
        return cause;
    }

    /** The nearest station before k that speaks HTTP (or the client): it sees k's connection break. */
    int observer(int k) {
        int c = k - 1;
        while (c > 0 && !e.chain.l7[c]) {
            c--;
        }
        return c;
    }

    /**
     * A timer of station s fired. READ/SEND: s gives up on its upstream (504, retried for what
     * may be retried). IDLE: the L4 session closes both ways, so its caller sees an error. BACKEND:
     * the GFE answers 502 backend_timeout. A stalled request keeps its stall as the root cause.
     */
    void timerFired(RequestRun r, int slot) {
        int s = slot / Timers.KINDS;
        int kind = slot % Timers.KINDS;
        e.log.request(TIMER_FIRED, r.index, s, r.inst[s], -1, -1, -1, -1,
                Timers.settingId(kind));
        int faultStation = r.stalled ? r.stallStation : s;
        int faultInstance = r.stalled ? r.stallInstance : -1;
        if (kind == Timers.BACKEND) {
            Cause cause = r.stalled ? r.stallCause : Cause.LB_BACKEND_TIMEOUT;
            end(r, r.responseStarted ? 200 : 502, r.responseStarted, s, cause, faultStation, faultInstance);
        } else if (kind == Timers.IDLE) {
            Cause cause = r.stalled ? r.stallCause : Cause.STREAM_IDLE_TIMEOUT;
            int c = observer(s);
            if (retryOrEnd(r, c, SENT_ERROR, cause, faultInstance, faultStation)) {
                e.flow.restartFrom(r, c);
            }
        } else {
            Cause cause = r.stalled ? r.stallCause : Cause.READ_TIMEOUT;
            if (retryOrEnd(r, s, SENT_TIMEOUT, cause, faultInstance, faultStation)) {
                e.flow.restartFrom(r, s);
            }
        }
    }

    // ---- decisions ----

    /**
     * Station c's upstream attempt failed. Returns true when c tries again (the caller restarts or
     * reconnects), false when the request is over.
     */
    boolean retryOrEnd(RequestRun r, int c, int kind, Cause cause, int faultInstance, int faultStation) {
        if (r.responseStarted) {
            end(r, 200, true, c, cause, faultStation, faultInstance);
            return false;
        }
        boolean sent = kind >= SENT_ERROR;
        boolean timeout = kind == UNSENT_TIMEOUT || kind == SENT_TIMEOUT;
        if (RetryRule.allows(e, r, c, sent, timeout)) {
            e.log.request(RETRIED, r.index, c, r.inst[c], -1, -1, r.attempts[c] + 1, -1, cause.name());
            releaseFrom(r, c + 1);
            closeConnectionsFrom(r, c);
            e.timers.clearFrom(r, c + 1);
            e.timers.clear(r, c, Timers.READ);
            e.timers.clear(r, c, Timers.SEND);
            e.timers.clear(r, c, Timers.BACKEND);
            r.generation++;
            return true;
        }
        end(r, status(c, timeout), false, c, cause, faultStation, faultInstance);
        return false;
    }

    /** The status station c answers with when it gives up (§1: the GFE always 502; nginx/Kong 502 or 504). */
    private int status(int c, boolean timeout) {
        if (c == 0) {
            return 0;
        }
        if (e.chain.frontProxy[c]) {
            return 502;
        }
        return timeout ? 504 : 502;
    }

    /** A body over station d's limit: d answers 413 at once (§2 client_max_body_size). */
    void rejectTooLarge(RequestRun r, int d) {
        end(r, 413, false, d, Cause.BODY_TOO_LARGE, d, r.inst[d]);
    }

    /** The request is over with a failure; station c's answer reaches the client. */
    void end(RequestRun r, int status, boolean truncated, int c, Cause cause, int faultStation, int faultInstance) {
        e.requests.fail(r, status, truncated, c, cause, faultStation, faultInstance);
        finish(r);
    }

    /** Frees everything the request holds. */
    void finish(RequestRun r) {
        r.phase = RequestRun.Phase.DONE;
        r.generation++;
        e.timers.clearFrom(r, 0);
        closeConnectionsFrom(r, 0);
        releaseFrom(r, 1);
        e.retire(r);
    }

    private void closeConnectionsFrom(RequestRun r, int c) {
        for (int s = c; s < e.chain.size; s++) {
            PooledConnection pc = r.pooledConn[s];
            if (pc != null) {
                pc.closed = true;
                r.pooledConn[s] = null;
            }
        }
    }
}
