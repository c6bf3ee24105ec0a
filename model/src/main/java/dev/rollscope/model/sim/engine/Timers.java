package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.TIMER_ARMED;
import static dev.rollscope.model.sim.TraceEventType.TIMER_CLEARED;

/**
 * The timers a request arms at stations, each with its real semantics (domain.md §1, §2, §4, §5):
 * READ (proxy_read_timeout / read_timeout) between two reads from upstream, so armed when the whole
 * request is sent and again whenever bytes stop mid-response; SEND (proxy_send_timeout /
 * write_timeout) between two writes upstream; IDLE (stream proxy_timeout) while an L4 session
 * sees no byte either way; BACKEND (the GFE's timeoutSec) a whole-response budget from the moment
 * the GFE opens its backend request; CLIENT_HEADER, CLIENT_BODY and CLIENT_SEND (nginx's
 * client_header_timeout, client_body_timeout, send_timeout) while a client pauses (domain.md §15),
 * armed by {@link #armUntil} only when they fire before the client goes on.
 *
 * <p>A request keeps one slot per (station, kind) ({@link #slot}), and a token per slot makes
 * clearing free: odd = armed; a fired event whose token no longer matches is ignored. A timer that
 * the request's undisturbed progress ({@link Plan}) would clear before it fires gets no event at
 * all while the request keeps to its plan; the moment it does not (a stall, a connect into a black
 * hole, a retry), {@link #materialize} schedules every such timer at its deadline. So the queue
 * holds only timers that may fire.
 */
final class Timers {

    /** Timer slots per station. */
    static final int KINDS = TimerKind.count();

    private final Chain chain;
    private final Events events;
    private final TraceLog log;

    Timers(Chain chain, Events events, TraceLog log) {
        this.chain = chain;
        this.events = events;
        this.log = log;
    }

    /** The slot of station's timer of this kind in a request's timer arrays. */
    static int slot(int station, TimerKind kind) {
        return station * KINDS + kind.ordinal();
    }

    static int station(int slot) {
        return slot / KINDS;
    }

    static TimerKind kind(int slot) {
        return TimerKind.of(slot % KINDS);
    }

    void arm(RequestRun r, int station, TimerKind kind) {
        long after = duration(station, kind);
        if (after == Chain.NONE) {
            return;
        }
        int slot = setDeadline(r, station, kind, after);
        if (r.deadline[slot] < plannedClear(r, station, kind)) {
            schedule(r, slot);
        } else {
            r.deferred[slot] = true;
        }
    }

    /**
     * Arms a timer that watches a client's silence, which ends at {@code silentUntil}: only when it
     * fires before then (a client that goes on exactly at the deadline is in time, as a transfer
     * ending with a timer is), and then in the queue at once. Nothing clears it before it fires.
     */
    void armUntil(RequestRun r, int station, TimerKind kind, long silentUntil) {
        long after = duration(station, kind);
        if (after == Chain.NONE || events.now() + after >= silentUntil) {
            return;
        }
        schedule(r, setDeadline(r, station, kind, after));
    }

    private int setDeadline(RequestRun r, int station, TimerKind kind, long after) {
        int slot = slot(station, kind);
        int token = r.timerToken[slot];
        token += (token & 1) == 0 ? 1 : 2;
        r.timerToken[slot] = token;
        r.deadline[slot] = events.now() + after;
        log.request(TIMER_ARMED, r.index, station, -1, -1, -1, -1, r.deadline[slot], kind.settingId());
        return slot;
    }

    /** When the request's undisturbed progress clears this timer, armed now in its usual place. */
    private long plannedClear(RequestRun r, int station, TimerKind kind) {
        Plan p = r.plan;
        long now = events.now();
        return switch (kind) {
            case READ -> now + p.responseStart - p.bodyIn[chain.callee[station]];
            case IDLE -> now + p.responseStart - p.bodyIn[station];
            case BACKEND -> now + p.total() - p.headers[chain.callee[station]];
            case SEND -> Long.MIN_VALUE;
            case CLIENT_HEADER, CLIENT_BODY, CLIENT_SEND -> throw new IllegalStateException(kind + " is armed by armUntil");
        };
    }

    private void schedule(RequestRun r, int slot) {
        r.deferred[slot] = false;
        events.timer(r.deadline[slot], r, slot);
    }

    /** The request leaves its plan: every armed timer without an event gets one at its deadline. */
    void materialize(RequestRun r) {
        for (int slot = 0; slot < r.deferred.length; slot++) {
            if (r.deferred[slot]) {
                schedule(r, slot);
            }
        }
    }

    private long duration(int s, TimerKind kind) {
        return switch (kind) {
            case READ -> chain.readTimeout[s];
            case SEND -> chain.sendTimeout[s];
            case IDLE -> chain.idleTimeout[s];
            case BACKEND -> chain.backendTimeout[s];
            case CLIENT_HEADER -> chain.clientHeaderTimeout[s];
            case CLIENT_BODY -> chain.clientBodyTimeout[s];
            case CLIENT_SEND -> chain.clientSendTimeout[s];
        };
    }

    void clear(RequestRun r, int station, TimerKind kind) {
        clearSlot(r, slot(station, kind));
    }

    private void clearSlot(RequestRun r, int slot) {
        if ((r.timerToken[slot] & 1) == 1) {
            r.timerToken[slot]++;
            r.deferred[slot] = false;
            log.request(TIMER_CLEARED, r.index, station(slot), -1, -1, -1, -1, -1, kind(slot).settingId());
        }
    }

    /** Clears every timer at stations from {@code from} on. */
    void clearFrom(RequestRun r, int from) {
        for (int slot = from * KINDS; slot < chain.size * KINDS; slot++) {
            clearSlot(r, slot);
        }
    }

    /** Clears the per-read and idle timers everywhere: a first response byte reached every station. */
    void clearWaiting(RequestRun r) {
        for (int s = 0; s < chain.size; s++) {
            clear(r, s, TimerKind.READ);
            clear(r, s, TimerKind.SEND);
            clear(r, s, TimerKind.IDLE);
        }
    }

    /** True when a fired TIMER event is still meant: its timer was not cleared or re-armed since. */
    static boolean current(RequestRun r, int slot, long token) {
        return r.timerToken[slot] == token;
    }
}
