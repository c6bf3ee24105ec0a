package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.CUT;
import static dev.rollscope.model.sim.TraceEventType.RETRIED;
import static dev.rollscope.model.sim.TraceEventType.STALLED;
import static dev.rollscope.model.sim.TraceEventType.STATUS_SENT;
import static dev.rollscope.model.sim.TraceEventType.TIMER_FIRED;

import dev.rollscope.model.sim.Cause;

/**
 * What happens to requests when something breaks under them: which station notices, whether it
 * may try again, and otherwise which status the client gets. Also keeps each instance's set of
 * carried requests.
 */
final class Failures {

    /**
     * Starts a request again from station c, which retries its segment ({@link RequestFlow#restartFrom}):
     * the way back from a failure to the request's flow (docs/decisions/0010).
     */
    interface Retry {
        void restartFrom(RequestRun r, int c);
    }

    private final Chain chain;
    private final Fleet fleet;
    private final Runs runs;
    private final Timers timers;
    private final RequestLog requests;
    private final TraceLog log;
    private final Events events;
    private final Freed freed;
    private final Retry retry;
    private final ResumableUploads uploads;

    Failures(Chain chain, Fleet fleet, Runs runs, Timers timers, RequestLog requests, TraceLog log, Events events,
             Freed freed, Retry retry, ResumableUploads uploads) {
        this.chain = chain;
        this.fleet = fleet;
        this.runs = runs;
        this.timers = timers;
        this.requests = requests;
        this.log = log;
        this.events = events;
        this.freed = freed;
        this.retry = retry;
        this.uploads = uploads;
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
        Instance x = fleet.get(i);
        int moved = x.requests.removeAt(r.slot[k]);
        if (moved >= 0) {
            runs.run(moved).slot[k] = r.slot[k];
        }
        r.inst[k] = -1;
        r.slot[k] = -1;
        freed.freed(x);
    }

    void releaseFrom(RequestRun r, int from) {
        for (int k = from; k < chain.size; k++) {
            release(r, k);
        }
    }

    // ---- breaks ----

    /** x's connections are reset: every request on x fails or is retried by the station that notices. */
    void cutAll(Instance x, Cause cause) {
        for (int req : x.requests.snapshot()) {
            RequestRun r = runs.run(req);
            if (r != null && !r.done() && r.inst[x.station] == x.index) {
                cut(r, x, cause);
            }
        }
    }

    /** x's packets stop flowing: every request on x stalls until a timer fires or x's process closes. */
    void stallAll(Instance x, Cause cause) {
        for (int req : x.requests.snapshot()) {
            RequestRun r = runs.run(req);
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
        int c = chain.observer(x.station);
        log.request(CUT, r.index, c, r.inst[c], x.station, x.index, -1, -1, cause.name());
        if (retryOrEnd(r, c, FailedAttempt.SENT_ERROR, attribute(r, x, cause), x.index, x.station)) {
            retry.restartFrom(r, c);
        }
    }

    /**
     * Bytes through x stop. Nobody is told: the stations that now wait arm the timers that watch
     * silence (a sender's SEND, a reader's READ, an L4 session's IDLE); the GFE's whole-response
     * budget keeps running. The timers of x and of the stations behind it are cleared: nothing
     * they answer gets past x (a dead VM, or packets no longer carried to or from it).
     */
    void stall(RequestRun r, Instance x, Cause cause) {
        if (r.stalled) {
            return;
        }
        r.stalled = true;
        r.stallCause = attribute(r, x, cause);
        r.stallInstance = x.index;
        r.stallStation = x.station;
        r.stallSince = events.now();
        r.generation++;
        timers.clearFrom(r, x.station);
        int c = chain.observer(x.station);
        log.request(STALLED, r.index, c, r.inst[c], x.station, x.index, -1, -1, cause.name());
        if (r.phase == RequestRun.Phase.BODY) {
            for (int s = r.source; s < x.station; s++) {
                armSilence(r, s, TimerKind.SEND);
            }
        } else if (r.phase == RequestRun.Phase.RESPONSE) {
            for (int s = 1; s < x.station; s++) {
                armSilence(r, s, TimerKind.READ);
            }
        }
        timers.materialize(r);
    }

    private void armSilence(RequestRun r, int s, TimerKind l7Kind) {
        if (!chain.l7[s]) {
            timers.arm(r, s, TimerKind.IDLE);
        } else if (!chain.frontProxy[s] && chain.callee[s] >= 0) {
            timers.arm(r, s, l7Kind);
        }
    }

    /**
     * A drain that ends under a request which reached x on a pooled connection reused after x's
     * drain began was not the request's own doing: the pool sent it there (§8.8).
     */
    private Cause attribute(RequestRun r, Instance x, Cause cause) {
        int c = chain.observer(x.station);
        if (cause == Cause.DRAIN_ENDED && r.pooledConn[c] != null && x.drainStartAt >= 0
                && r.headersAt[x.station] >= x.drainStartAt) {
            return Cause.POOLED_CONNECTION_DRAINED;
        }
        return cause;
    }

    /**
     * A timer of station s fired. READ/SEND: s gives up on its upstream (504, retried for what
     * may be retried). IDLE: the L4 session closes both ways, so its caller sees an error. BACKEND:
     * the GFE answers 502 backend_timeout. A stalled request keeps its stall as the root cause.
     */
    void timerFired(RequestRun r, int slot) {
        int s = Timers.station(slot);
        TimerKind kind = Timers.kind(slot);
        log.request(TIMER_FIRED, r.index, s, r.inst[s], -1, -1, -1, -1, kind.settingId());
        int faultStation = r.stalled ? r.stallStation : s;
        int faultInstance = r.stalled ? r.stallInstance : -1;
        int retryFrom = switch (kind) {
            case BACKEND -> {
                Cause cause = r.stalled ? r.stallCause : Cause.LB_BACKEND_TIMEOUT;
                end(r, r.responseStarted ? 200 : 502, r.responseStarted, s, cause, faultStation, faultInstance);
                yield -1;
            }
            case IDLE -> {
                Cause cause = r.stalled ? r.stallCause : Cause.STREAM_IDLE_TIMEOUT;
                int c = chain.observer(s);
                yield retryOrEnd(r, c, FailedAttempt.SENT_ERROR, cause, faultInstance, faultStation) ? c : -1;
            }
            case READ, SEND -> {
                Cause cause = r.stalled ? r.stallCause : Cause.READ_TIMEOUT;
                yield retryOrEnd(r, s, FailedAttempt.SENT_TIMEOUT, cause, faultInstance, faultStation) ? s : -1;
            }
            case CLIENT_HEADER -> clientTimedOut(r, s, Cause.CLIENT_HEADER_TIMEOUT);
            case CLIENT_BODY -> clientTimedOut(r, s, Cause.CLIENT_BODY_TIMEOUT);
            case CLIENT_SEND -> clientTimedOut(r, s, Cause.CLIENT_SEND_TIMEOUT);
        };
        if (retryFrom >= 0) {
            retry.restartFrom(r, retryFrom);
        }
    }

    /**
     * Station s gave up on its client (domain.md §15): nginx logs 408 but sends nothing and closes
     * both its connections, which the trace records as s cutting its caller's connection. The caller
     * before it (the client, or the proxy it called through) sees the connection close; the client's pause caused it, whatever had stalled the request. Returns
     * the station that retries, or -1.
     */
    private int clientTimedOut(RequestRun r, int s, Cause cause) {
        int c = chain.observer(s);
        log.request(CUT, r.index, c, r.inst[c], s, r.inst[s], -1, -1, cause.name());
        return retryOrEnd(r, c, FailedAttempt.SENT_ERROR, cause, r.inst[s], s) ? c : -1;
    }

    // ---- decisions ----

    /**
     * Station c's upstream attempt failed. Returns true when c tries again (the caller restarts or
     * reconnects), false when the request is over.
     */
    boolean retryOrEnd(RequestRun r, int c, FailedAttempt how, Cause cause, int faultInstance, int faultStation) {
        if (r.responseStarted) {
            end(r, 200, true, c, cause, faultStation, faultInstance);
            return false;
        }
        if (RetryRule.allows(chain, r, c, how.sent(), how.timeout())) {
            log.request(RETRIED, r.index, c, r.inst[c], -1, -1, r.attempts[c] + 1, -1, cause.name());
            releaseFrom(r, c + 1);
            r.closeConnectionsFrom(c);
            timers.clearFrom(r, c + 1);
            timers.clear(r, c, TimerKind.READ);
            timers.clear(r, c, TimerKind.SEND);
            timers.clear(r, c, TimerKind.BACKEND);
            r.generation++;
            return true;
        }
        end(r, status(c, how.timeout()), false, c, cause, faultStation, faultInstance);
        return false;
    }

    /** The status station c answers with when it gives up (§1: the GFE always 502; nginx/Kong 502 or 504). */
    private int status(int c, boolean timeout) {
        if (c == 0) {
            return 0;
        }
        if (chain.frontProxy[c]) {
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
        if (r.upload != null) {
            long pause = uploads.retryAfter(r, status, truncated, cause);
            if (pause >= 0) {
                if (status != 0 && !truncated) {
                    log.request(STATUS_SENT, r.index, c, c > 0 ? r.inst[c] : -1, -1, -1, status, -1, cause.name());
                }
                uploads.traceNext(r, pause);
                endAttempt(r);
                events.uploadResume(events.now() + pause, r);
                return;
            }
            uploads.close(r, false);
        }
        requests.fail(r, status, truncated, c, cause, faultStation, faultInstance);
        finish(r);
    }

    /**
     * One attempt of a resumable upload is over (answered, or failed and to be retried): it frees
     * what it holds, and the run stays for the next attempt (domain.md §13).
     */
    void endAttempt(RequestRun r) {
        r.stalled = false;
        free(r);
    }

    /** The request is over: it frees everything it holds. */
    void finish(RequestRun r) {
        r.phase = RequestRun.Phase.DONE;
        free(r);
        runs.retire(r);
    }

    /** Drops the run's pending events (a new generation), its timers, connections and instances. */
    private void free(RequestRun r) {
        r.generation++;
        timers.clearFrom(r, 0);
        r.closeConnectionsFrom(0);
        releaseFrom(r, 1);
    }
}
