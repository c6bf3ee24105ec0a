package dev.rollscope.model.sim.engine;

import dev.rollscope.model.sim.Cause;

/**
 * The engine's clock and its future: one typed factory per {@link Ev} kind, and named accessors
 * for the event being handled. The only class that knows how an event packs into the queue's
 * primitive columns (so scheduling allocates nothing): {@code a} holds the instance, request,
 * disruption, controller or pooled connection the event is about; {@code b} a station, timer slot,
 * signal or attempt; {@code c} a generation, epoch, token, cause or time.
 */
final class Events {

    private static final Signal[] SIGNALS = Signal.values();
    private static final Cause[] CAUSES = Cause.values();

    private final EventQueue queue = new EventQueue();
    private long now;

    /** The current time, in milliseconds from the start of the scenario. */
    long now() {
        return now;
    }

    /** True when an event is due at or before {@code t}. */
    boolean dueBy(long t) {
        return !queue.isEmpty() && queue.peekTime() <= t;
    }

    /** Takes the next event, moves the clock to its time and returns its kind; read it with the accessors below. */
    Ev next() {
        queue.pop();
        now = queue.time();
        return Ev.of(queue.kind());
    }

    /** Moves the clock to {@code t} with no event (the horizon). */
    void advanceTo(long t) {
        now = t;
    }

    // ---- instances ----

    void listening(long at, Instance x) {
        queue.push(at, Ev.LISTENING, x.index, 0, x.epoch);
    }

    void ready(long at, Instance x) {
        queue.push(at, Ev.READY, x.index, 0, x.epoch);
    }

    void available(long at, Instance x) {
        queue.push(at, Ev.AVAILABLE, x.index, 0, x.epoch);
    }

    /** x (in its current life) joins the view of its hop's front. */
    void viewAdd(long at, Instance x) {
        queue.push(at, Ev.VIEW_CHANGE, x.index, 0, x.epoch * 2L + 1);
    }

    /** x leaves the view of its hop's front. */
    void viewRemove(long at, Instance x) {
        queue.push(at, Ev.VIEW_CHANGE, x.index, 0, x.epoch * 2L);
    }

    void preStopEnd(long at, Instance x) {
        queue.push(at, Ev.PRESTOP_END, x.index, 0, 0);
    }

    void gracefulSignal(long at, Instance x, Signal s) {
        queue.push(at, Ev.GRACEFUL_SIGNAL, x.index, s.ordinal(), 0);
    }

    /** A signal that cuts; {@code cause} is what the cut requests fail with. */
    void hardSignal(long at, Instance x, Signal s, Cause cause) {
        queue.push(at, Ev.HARD_SIGNAL, x.index, s.ordinal(), cause.ordinal());
    }

    void drainStart(long at, Instance x) {
        queue.push(at, Ev.DRAIN_START, x.index, 0, 0);
    }

    void drainEnd(long at, Instance x) {
        queue.push(at, Ev.DRAIN_END, x.index, 0, 0);
    }

    void shutdownTimeout(long at, Instance x) {
        queue.push(at, Ev.SHUTDOWN_TIMEOUT, x.index, 0, 0);
    }

    void restart(long at, Instance x) {
        queue.push(at, Ev.RESTART, x.index, 0, 0);
    }

    void goneNotice(long at, Instance x) {
        queue.push(at, Ev.GONE_NOTICE, x.index, 0, 0);
    }

    // ---- disruptions, pools, traffic ----

    void disruptionStart(long at, int disruption) {
        queue.push(at, Ev.DISRUPTION_START, disruption, 0, 0);
    }

    void nodeStep(long at, int controller, int attempt) {
        queue.push(at, Ev.NODE_STEP, controller, attempt, 0);
    }

    /** pc, idle since {@code pc.idleSince}, expires unless it was used again in between. */
    void poolExpiry(long at, PooledConnection pc) {
        queue.push(at, Ev.POOL_EXPIRY, pc.slot, pc.id, pc.idleSince);
    }

    void requestStart(long at, int scenarioRequest) {
        queue.push(at, Ev.REQUEST_START, scenarioRequest, 0, 0);
    }

    void mixArrival(long at) {
        queue.push(at, Ev.MIX_ARRIVAL, 0, 0, 0);
    }

    // ---- request progress: valid while the request keeps its generation ----

    void bodyArrived(long at, RequestRun r, int sink) {
        queue.push(at, Ev.BODY_ARRIVED, r.index, sink, r.generation);
    }

    void responseStart(long at, RequestRun r) {
        queue.push(at, Ev.RESPONSE_START, r.index, 0, r.generation);
    }

    void responseArrived(long at, RequestRun r, int sink) {
        queue.push(at, Ev.RESPONSE_ARRIVED, r.index, sink, r.generation);
    }

    /** r's client has sent its header, or pauses. */
    void clientStep(long at, RequestRun r, ClientStalls.Step step) {
        queue.push(at, Ev.CLIENT_STEP, r.index, step.ordinal(), r.generation);
    }

    /** r's connection to station k vanished into a black hole. */
    void connectTimeout(long at, RequestRun r, int k) {
        queue.push(at, Ev.CONNECT_TIMEOUT, r.index, k, r.generation);
    }

    /** The deadline of r's timer in {@code slot}, valid while the slot keeps its token. */
    void timer(long at, RequestRun r, int slot) {
        queue.push(at, Ev.TIMER, r.index, slot, r.timerToken[slot]);
    }

    /** r's resumable upload retries now, after its client's pause (domain.md §13). */
    void uploadResume(long at, RequestRun r) {
        queue.push(at, Ev.UPLOAD_RESUME, r.index, 0, r.generation);
    }

    // ---- the event being handled ----

    /** The instance of an instance event. */
    int instance() {
        return queue.a();
    }

    /** The epoch an instance event was meant for (LISTENING, READY, AVAILABLE). */
    long epoch() {
        return queue.c();
    }

    /** VIEW_CHANGE: true when the instance joins the view. */
    boolean viewAdds() {
        return (queue.c() & 1) == 1;
    }

    /** VIEW_CHANGE: the epoch the change was meant for. */
    long viewEpoch() {
        return queue.c() / 2;
    }

    /** GRACEFUL_SIGNAL, HARD_SIGNAL: the signal. */
    Signal signal() {
        return SIGNALS[queue.b()];
    }

    /** HARD_SIGNAL: what the cut requests fail with. */
    Cause cause() {
        return CAUSES[(int) queue.c()];
    }

    /** DISRUPTION_START: the disruption's index in the scenario. */
    int disruption() {
        return queue.a();
    }

    /** NODE_STEP: the controller's index, and the attempt. */
    int controller() {
        return queue.a();
    }

    int attempt() {
        return queue.b();
    }

    /** POOL_EXPIRY: the pooled connection's slot and id, and the idle-since time the expiry was scheduled for. */
    int connectionSlot() {
        return queue.a();
    }

    int connection() {
        return queue.b();
    }

    long idleSince() {
        return queue.c();
    }

    /** The request of a request event (REQUEST_START: the scenario request's index). */
    int request() {
        return queue.a();
    }

    /** BODY_ARRIVED, RESPONSE_ARRIVED: the sink station; CONNECT_TIMEOUT: the station connected to. */
    int station() {
        return queue.b();
    }

    /** CLIENT_STEP: what the client does. */
    ClientStalls.Step clientStep() {
        return ClientStalls.Step.of(queue.b());
    }

    /** A request progress event's generation. */
    long generation() {
        return queue.c();
    }

    /** TIMER: the timer's slot and token. */
    int timerSlot() {
        return queue.b();
    }

    long timerToken() {
        return queue.c();
    }
}
