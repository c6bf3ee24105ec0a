package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.TIMER_ARMED;
import static dev.rollscope.model.sim.TraceEventType.TIMER_CLEARED;

/**
 * The timers a request arms at stations, each with its real semantics (domain.md §1, §2, §4, §5):
 * READ (proxy_read_timeout / read_timeout) between two reads from upstream, so armed when the whole
 * request is sent and again whenever bytes stop mid-response; SEND (proxy_send_timeout /
 * write_timeout) between two writes upstream; IDLE (stream proxy_timeout) while an L4 session
 * sees no byte either way; BACKEND (the GFE's timeoutSec) a whole-response budget from the moment
 * the GFE opens its backend request.
 *
 * <p>A token per (station, kind) makes clearing free: odd = armed; a fired event whose token no
 * longer matches is ignored. A timer that the request's undisturbed progress ({@link Plan}) would
 * clear before it fires gets no event at all while the request keeps to its plan; the moment it
 * does not (a stall, a connect into a black hole, a retry), {@link #materialize} schedules every
 * such timer at its deadline. So the queue holds only timers that may fire.
 */
final class Timers {

    static final int READ = 0;
    static final int SEND = 1;
    static final int IDLE = 2;
    static final int BACKEND = 3;
    static final int KINDS = 4;

    private static final String[] SETTING = {
        "proxy.upstreamReadTimeout", "proxy.upstreamSendTimeout", "proxy.streamIdleTimeout", "front.backendTimeout"
    };

    private final Engine e;

    Timers(Engine e) {
        this.e = e;
    }

    void arm(RequestRun r, int station, int kind) {
        long after = duration(station, kind);
        if (after == Chain.NONE) {
            return;
        }
        int slot = station * KINDS + kind;
        int token = r.timerToken[slot];
        token += (token & 1) == 0 ? 1 : 2;
        r.timerToken[slot] = token;
        r.deadline[slot] = e.now() + after;
        e.log.request(TIMER_ARMED, r.index, station, -1, -1, -1, -1, r.deadline[slot], SETTING[kind]);
        if (r.deadline[slot] < plannedClear(r, station, kind)) {
            schedule(r, slot);
        } else {
            r.deferred[slot] = true;
        }
    }

    /** When the request's undisturbed progress clears this timer, armed now in its usual place. */
    private long plannedClear(RequestRun r, int station, int kind) {
        Plan p = r.plan;
        switch (kind) {
            case READ: return e.now() + p.responseStart - p.bodyIn[e.chain.callee[station]];
            case IDLE: return e.now() + p.responseStart - p.bodyIn[station];
            case BACKEND: return e.now() + p.total() - p.headers[e.chain.callee[station]];
            default: return Long.MIN_VALUE;
        }
    }

    private void schedule(RequestRun r, int slot) {
        r.deferred[slot] = false;
        e.at(r.deadline[slot], Ev.TIMER, r.index, slot, r.timerToken[slot]);
    }

    /** The request leaves its plan: every armed timer without an event gets one at its deadline. */
    void materialize(RequestRun r) {
        for (int slot = 0; slot < r.deferred.length; slot++) {
            if (r.deferred[slot]) {
                schedule(r, slot);
            }
        }
    }

    private long duration(int s, int kind) {
        switch (kind) {
            case READ: return e.chain.readTimeout[s];
            case SEND: return e.chain.sendTimeout[s];
            case IDLE: return e.chain.idleTimeout[s];
            default: return e.chain.backendTimeout[s];
        }
    }

    void clear(RequestRun r, int station, int kind) {
        int slot = station * KINDS + kind;
        if ((r.timerToken[slot] & 1) == 1) {
            r.timerToken[slot]++;
            r.deferred[slot] = false;
            e.log.request(TIMER_CLEARED, r.index, station, -1, -1, -1, -1, -1, SETTING[kind]);
        }
    }

    /** Clears every timer at stations from {@code from} on. */
    void clearFrom(RequestRun r, int from) {
        for (int s = from; s < e.chain.size; s++) {
            for (int k = 0; k < KINDS; k++) {
                clear(r, s, k);
            }
        }
    }

    /** Clears the per-read and idle timers everywhere: a first response byte reached every station. */
    void clearWaiting(RequestRun r) {
        for (int s = 0; s < e.chain.size; s++) {
            clear(r, s, READ);
            clear(r, s, SEND);
            clear(r, s, IDLE);
        }
    }

    /** True when a fired TIMER event is still meant: its timer was not cleared or re-armed since. */
    static boolean current(RequestRun r, int slot, long token) {
        return r.timerToken[slot] == token;
    }

    static String settingId(int kind) {
        return SETTING[kind];
    }
}
