package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.BODY_RECEIVED;
import static dev.rollscope.model.sim.TraceEventType.BODY_STARTED;
import static dev.rollscope.model.sim.TraceEventType.CONNECT_FAILED;
import static dev.rollscope.model.sim.TraceEventType.PROCESSING_STARTED;
import static dev.rollscope.model.sim.TraceEventType.REQUEST_SENT;
import static dev.rollscope.model.sim.TraceEventType.RESPONSE_RECEIVED;
import static dev.rollscope.model.sim.TraceEventType.RESPONSE_STARTED;

import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.units.Bandwidth;

/**
 * Moves a request through the chain (domain.md §2, §4, §5, §9; design.md "Requests"): the body
 * goes stretch by stretch from a source (the client or a buffering L7 station) to the next sink
 * (a buffering station or the application), whose connections all open when the stretch starts;
 * the application answers after its processing time; the response flows back stretch by stretch.
 */
final class RequestFlow {

    private final Chain chain;
    private final long internalBps;
    private final Events events;
    private final TraceLog log;
    private final Timers timers;
    private final Connector connector;
    private final Pools pools;
    private final Failures failures;
    private final RequestLog requests;
    private final ClientStalls stalls;
    private final ResumableUploads uploads;

    RequestFlow(Chain chain, long internalBps, Events events, TraceLog log, Timers timers, Connector connector,
                Pools pools, Failures failures, RequestLog requests, ResumableUploads uploads) {
        this.chain = chain;
        this.internalBps = internalBps;
        this.events = events;
        this.log = log;
        this.timers = timers;
        this.connector = connector;
        this.pools = pools;
        this.failures = failures;
        this.requests = requests;
        this.stalls = new ClientStalls(chain, events, timers);
        this.uploads = uploads;
    }

    void start(RequestRun r) {
        if (r.type.resumable != null && r.upload == null) {
            uploads.begin(r, r.type.spec(0, r.start));
        }
        r.headersAt[0] = events.now();
        log.request(REQUEST_SENT, r.index, 0, -1, -1, -1, r.body, -1, r.type.method);
        r.source = 0;
        r.connecting = 0;
        advance(r);
    }

    /**
     * Starts again from station c, which holds the whole body and retries its segment. A stall
     * before c stays: the retry's answer could not pass the instance where bytes stopped.
     */
    void restartFrom(RequestRun r, int c) {
        timers.materialize(r);
        r.phase = RequestRun.Phase.BODY;
        r.responseStarted = false;
        if (c < r.stallStation) {
            r.stalled = false;
            r.stallCause = null;
        }
        r.source = c;
        r.connecting = c;
        r.processingAt = -1;
        r.processingInst = -1;
        advance(r);
    }

    /**
     * Opens the current stretch's segments one by one, then sets the body moving to the sink. A
     * client still sending its header holds its first segment open and goes on when it is in.
     */
    void advance(RequestRun r) {
        int sink = chain.bodySink[r.source];
        while (r.connecting >= 0) {
            int c = r.connecting;
            if (connector.connect(r, c) != Connector.Result.CONNECTED || r.done()) {
                return;
            }
            if (c == 0 && r.headerPending) {
                stalls.headerStarted(r);
                return;
            }
            if (!headerRead(r, c)) {
                return;
            }
        }
        if (r.stalled) {
            return;
        }
        long until = events.now();
        if (r.source == 0) {
            until += Bandwidth.transferMillis(r.body, r.uploadBps) + r.type.client.uploadPause;
            stalls.uploadStarted(r);
        } else {
            until += Bandwidth.transferMillis(r.body, internalBps);
        }
        log.request(BODY_STARTED, r.index, r.source, r.inst[r.source], sink, r.inst[sink], r.body, until, "");
        if (until == events.now()) {
            bodyArrived(r, sink);
        } else {
            events.bodyArrived(until, r, sink);
        }
    }

    /**
     * Caller c's segment is open and its callee has read the header: it refuses a body over its
     * limit, or the next segment of the stretch is to be opened. False when the request ended.
     */
    private boolean headerRead(RequestRun r, int c) {
        int d = chain.callee[c];
        if (chain.maxBody[d] > 0 && r.body > chain.maxBody[d]) {
            failures.rejectTooLarge(r, d);
            return false;
        }
        if (r.upload != null && chain.terminal[d] && !uploads.knows(r, r.inst[d])) {
            failures.end(r, 404, false, d, Cause.UPLOAD_NOT_FOUND, d, r.inst[d]);
            return false;
        }
        r.connecting = d < chain.bodySink[r.source] ? d : -1;
        return true;
    }

    /** The client's header is in, or it pauses (domain.md §15); the request goes on once its header is read. */
    void clientStep(RequestRun r, ClientStalls.Step step) {
        boolean goesOn = switch (step) {
            case HEADER_SENT -> {
                r.headerPending = false;
                yield headerRead(r, 0);
            }
            // a pause holds the request where it is: the timers it arms decide what comes next
            case UPLOAD_PAUSE -> {
                stalls.uploadPaused(r);
                yield false;
            }
            case DOWNLOAD_PAUSE -> {
                stalls.downloadPaused(r);
                yield false;
            }
        };
        if (goesOn) {
            advance(r);
        }
    }

    /** A connect into a black hole timed out: the station that was connecting decides (§2 proxy_connect_timeout). */
    void connectTimedOut(RequestRun r, int k) {
        int c = r.connecting;
        r.stalled = false;
        log.request(CONNECT_FAILED, r.index, k - 1, r.inst[k - 1], k, -1, r.attempts[c], -1, "timeout");
        failures.releaseFrom(r, c + 1);
        Cause cause = r.noBackend ? Cause.NO_ROUTABLE_INSTANCE : Cause.INSTANCE_CRASHED;
        FailedAttempt how = k == c + 1 ? FailedAttempt.UNSENT_TIMEOUT : FailedAttempt.SENT_ERROR;
        if (failures.retryOrEnd(r, c, how, cause, r.refusedInstance, k)) {
            advance(r);
        }
    }

    /**
     * The body has reached a sink. Every caller of the stretch has now sent its whole request and
     * waits for the first response byte (READ), and the L4 sessions between them go quiet (IDLE).
     */
    void bodyArrived(RequestRun r, int sink) {
        for (int s = r.source; s < sink; s++) {
            if (!chain.l7[s]) {
                timers.arm(r, s, TimerKind.IDLE);
            } else if (s > 0 && !chain.frontProxy[s]) {
                timers.arm(r, s, TimerKind.READ);
            }
        }
        log.request(BODY_RECEIVED, r.index, sink, r.inst[sink], -1, -1, r.body, -1, "");
        if (chain.terminal[sink]) {
            if (r.upload != null) {
                uploads.stored(r);
            }
            r.phase = RequestRun.Phase.WAITING;
            r.processingAt = events.now();
            r.processingInst = r.inst[sink];
            long until = events.now() + r.processing;
            log.request(PROCESSING_STARTED, r.index, sink, r.inst[sink], -1, -1, -1, until, "");
            events.responseStart(until, r);
        } else {
            r.source = sink;
            r.connecting = sink;
            advance(r);
        }
    }

    /**
     * The first response byte: headers pass every station at once, so every waiting timer is
     * cleared; then each response stretch runs at its rate and cannot end before the one feeding it.
     */
    void responseStarted(RequestRun r) {
        r.phase = RequestRun.Phase.RESPONSE;
        r.responseStarted = true;
        timers.clearWaiting(r);
        long end = events.now();
        int s = chain.lastStation();
        while (s > 0) {
            int sink = chain.responseSink[s];
            long dur = sink == 0 ? Bandwidth.transferMillis(r.response, r.downloadBps) + r.type.client.downloadPause
                    : Bandwidth.transferMillis(r.response, internalBps);
            end = Math.max(end, events.now() + dur);
            boolean arrives = sink > 0 || !r.type.client.stopsReading();
            log.request(RESPONSE_STARTED, r.index, s, r.inst[s], sink, r.inst[sink], r.response, arrives ? end : -1,
                    "200");
            if (arrives) {
                events.responseArrived(end, r, sink);
            }
            s = sink;
        }
        stalls.downloadStarted(r);
    }

    /** A response stretch has arrived at its sink: the stations that sent it are done with the request. */
    void responseArrived(RequestRun r, int sink) {
        int src = sink + 1;
        while (!chain.responseSource(src)) {
            src++;
        }
        log.request(RESPONSE_RECEIVED, r.index, sink, r.inst[sink], -1, -1, r.response, -1, "");
        for (int c = sink; c < src; c++) {
            PooledConnection pc = r.pooledConn[c];
            if (pc != null) {
                r.pooledConn[c] = null;
                pools.release(pc);
            }
        }
        for (int k = sink + 1; k <= src; k++) {
            failures.release(r, k);
        }
        if (sink == 0) {
            if (r.upload != null) {
                if (!uploads.answered(r)) {
                    failures.endAttempt(r);
                    resume(r);
                    return;
                }
                uploads.close(r, true);
            }
            requests.ok(r);
            failures.finish(r);
        }
    }

    /** A resumable upload's next attempt starts now (domain.md §13). */
    void resume(RequestRun r) {
        uploads.next(r);
        start(r);
    }
}
