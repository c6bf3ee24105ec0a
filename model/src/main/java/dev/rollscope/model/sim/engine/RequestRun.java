package dev.rollscope.model.sim.engine;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.Cause;
import java.util.Arrays;

/** One request while it moves through the chain. Arrays are indexed by station. */
final class RequestRun {

    /** Where the request is. */
    enum Phase { BODY, WAITING, RESPONSE, DONE }

    final int index;
    final RequestSpec spec;
    final long body;
    final long response;
    final long uploadBps;
    final long downloadBps;
    final long processing;
    final boolean idempotent;

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
    /** Timer tokens: station * 4 + timer kind. A fired timer whose token differs was cleared. */
    final int[] timerToken;

    Phase phase = Phase.BODY;
    /** Invalidates scheduled progress events when the request is retried, stalled or ended. */
    int generation;
    /** The body source of the current stretch. */
    int source;
    /** The caller whose segment is being connected, or -1 when the stretch is connected. */
    int connecting = -1;
    int totalAttempts;
    boolean responseStarted;

    boolean stalled;
    Cause stallCause;
    int stallInstance = -1;
    boolean stallViaPool;

    /** The last instance that refused a connection. */
    int refusedInstance = -1;
    /** The last connection attempt found its front's view empty, at this station. */
    boolean noBackend;
    int noBackendStation = -1;
    /** The station whose connection is waiting in a black hole. */
    int pendingStation = -1;

    RequestRun(int index, RequestSpec spec, int stations, long uploadBps, long downloadBps, long processing) {
        this.index = index;
        this.spec = spec;
        this.body = spec.body().bytes();
        this.response = spec.response().bytes();
        this.uploadBps = uploadBps;
        this.downloadBps = downloadBps;
        this.processing = processing;
        this.idempotent = spec.isIdempotent();
        inst = filled(stations);
        slot = filled(stations);
        attempts = new int[stations];
        pooledConn = new PooledConnection[stations];
        headersAt = new long[stations];
        Arrays.fill(headersAt, -1);
        timerToken = new int[stations * Timers.KINDS];
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    boolean done() {
        return phase == Phase.DONE;
    }
}
