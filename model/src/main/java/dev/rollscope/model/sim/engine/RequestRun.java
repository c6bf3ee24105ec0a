package dev.rollscope.model.sim.engine;

import dev.rollscope.model.sim.Cause;
import java.util.Arrays;

/**
 * One request while it moves through the chain. Arrays are indexed by station. Runs are recycled:
 * {@link #reset} makes a finished run a new one.
 */
final class RequestRun {

    /** Where the request is. */
    enum Phase { BODY, WAITING, RESPONSE, DONE }

    int index;
    RequestType type;
    long start;
    long body;
    long response;
    long uploadBps;
    long downloadBps;
    long processing;
    boolean idempotent;
    /** The request's undisturbed timeline: when armed timers would be cleared, what fixes need. */
    Plan plan;

    /** Instance index carrying the request at each hop station, or -1. */
    final int[] inst;
    /** The request's slot in that instance's bag, or -1. */
    final int[] slot;
    /** Connection attempts each caller made for its segment. */
    final int[] attempts;
    /** The pooled connection a caller's segment reuses, or null. */
    final PooledConnection[] pooledConn;
    /** When the request's headers reached each station, or -1. */
    final long[] headersAt;
    /** Timer tokens by {@link Timers#slot}. A fired timer whose token differs was cleared. */
    final int[] timerToken;
    /** When each armed timer fires; scheduled only when it could (see Timers). */
    final long[] deadline;
    /** True while a timer is armed but has no event in the queue. */
    final boolean[] deferred;

    Phase phase;
    /** The resumable upload this run carries (domain.md §13), or null for a single request. */
    UploadState upload;
    /** Invalidates scheduled progress events when the request is retried, stalled or ended. */
    int generation;
    /** The body source of the current stretch. */
    int source;
    /** The caller whose segment is being connected, or -1 when the stretch is connected. */
    int connecting;
    int totalAttempts;
    boolean responseStarted;
    /** The client is still sending its header (domain.md §15): the first segment is open, nothing beyond. */
    boolean headerPending;

    /** Bytes stopped (a dropped flow, a dead host, a connect into a black hole): timers decide, the stall is the cause. */
    boolean stalled;
    Cause stallCause;
    int stallInstance;
    int stallStation;
    long stallSince;

    /** When the application began processing the current attempt, or -1 (its database transaction, §16). */
    long processingAt;
    /** The application instance processing it then, or -1. */
    int processingInst;

    /** The last instance that refused a connection. */
    int refusedInstance;
    /** The last connection attempt found its front's view empty, at this station. */
    boolean noBackend;
    int noBackendStation;
    /** The station whose connection is waiting in a black hole. */
    int pendingStation;

    RequestRun(int stations) {
        inst = new int[stations];
        slot = new int[stations];
        attempts = new int[stations];
        pooledConn = new PooledConnection[stations];
        headersAt = new long[stations];
        timerToken = new int[stations * Timers.KINDS];
        deadline = new long[stations * Timers.KINDS];
        deferred = new boolean[stations * Timers.KINDS];
    }

    void reset(int newIndex, RequestType t, long startMillis) {
        index = newIndex;
        upload = null;
        Arrays.fill(timerToken, 0);
        stage(t, startMillis);
    }

    /**
     * Makes the run one more attempt of its resumable upload, of type t from {@code startMillis}:
     * everything of the attempt is fresh, the timer tokens go on counting (events of earlier
     * attempts stay stale).
     */
    void stage(RequestType t, long startMillis) {
        type = t;
        start = startMillis;
        body = t.body;
        response = t.response;
        uploadBps = t.uploadBps;
        downloadBps = t.downloadBps;
        processing = t.processing;
        idempotent = t.idempotent;
        plan = t.plan;
        for (int s = 0; s < inst.length; s++) {
            inst[s] = -1;
            slot[s] = -1;
            attempts[s] = 0;
            pooledConn[s] = null;
            headersAt[s] = -1;
        }
        Arrays.fill(deferred, false);
        phase = Phase.BODY;
        generation++;
        source = 0;
        connecting = -1;
        totalAttempts = 0;
        responseStarted = false;
        headerPending = t.client.header > 0;
        stalled = false;
        stallCause = null;
        stallInstance = -1;
        stallStation = -1;
        stallSince = -1;
        processingAt = -1;
        processingInst = -1;
        refusedInstance = -1;
        noBackend = false;
        noBackendStation = -1;
        pendingStation = -1;
    }

    boolean done() {
        return phase == Phase.DONE;
    }

    /** Closes the pooled connections the request holds from station {@code c} on: none can be reused. */
    void closeConnectionsFrom(int c) {
        for (int s = c; s < pooledConn.length; s++) {
            PooledConnection pc = pooledConn[s];
            if (pc != null) {
                pc.closed = true;
                pooledConn[s] = null;
            }
        }
    }
}
