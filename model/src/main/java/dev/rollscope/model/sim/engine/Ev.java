package dev.rollscope.model.sim.engine;

/**
 * The kinds of engine event, each with its priority among events of the same millisecond:
 * 0 = state changes that cut nothing (an instance turns ready, a view changes, a listener
 * closes), 1 = request progress, 2 = cuts and timer expiries. So at equal times a request sees
 * the newest routing, and a transfer that ends exactly when a drain or a timer does completes
 * (which makes the "≥" of domain.md §9 exact).
 *
 * <p>What each kind carries is in brackets; {@link Events} has one typed factory per kind and
 * named accessors for the event being handled, and is the only class that knows how they are
 * packed into the queue's primitive columns.
 */
enum Ev {
    /** [instance, epoch]. The process listens. */
    LISTENING(0),
    /** [instance, epoch]. Readiness probe or health check passed. */
    READY(0),
    /** [instance, epoch]. Ready for minReady: counts as available. */
    AVAILABLE(0),
    /** [instance, epoch, add or remove]. The front of the instance's hop learns of the change. */
    VIEW_CHANGE(0),
    /** [instance]. PreStop hook finished. */
    PRESTOP_END(0),
    /** [instance, signal]. A graceful stop signal. */
    GRACEFUL_SIGNAL(0),
    /** [instance]. The GCP front starts draining the instance now (NEG endpoints). */
    DRAIN_START(0),
    /** [disruption]. The scenario's disruption starts. */
    DISRUPTION_START(0),
    /** [controller, attempt]. A node-upgrade step: drain the next node or retry evictions. */
    NODE_STEP(0),
    /** [instance]. A crashed instance restarts. */
    RESTART(0),
    /** [pooled connection's slot, its id, the idle-since time it was scheduled for]. */
    POOL_EXPIRY(0),
    /**
     * [instance]. The controllers learn that the instance is gone. An event, not a call, so that
     * a deletion that lets a controller delete the next instance (a node upgrade's next node, a
     * MIG's next VM) is a loop through the queue, not a recursion as deep as the hop is large.
     */
    GONE_NOTICE(0),

    /** [scenario request]. A request of the scenario arrives at the client. */
    REQUEST_START(1),
    /** []. The traffic mix sends its next request. */
    MIX_ARRIVAL(1),
    /** [request, sink station, generation]. A body stretch has arrived at its sink. */
    BODY_ARRIVED(1),
    /** [request, generation]. The application sends its first response byte. */
    RESPONSE_START(1),
    /** [request, receiving station, generation]. A response stretch has arrived. */
    RESPONSE_ARRIVED(1),
    /** [request, {@link ClientStalls.Step}, generation]. The client's header is in, or it pauses (domain.md §15). */
    CLIENT_STEP(1),

    /** [instance, signal, cause]. A signal that cuts: TERM (fast stop), KILL, immediate stop. */
    HARD_SIGNAL(2),
    /** [instance]. The front's drain of the instance ends. */
    DRAIN_END(2),
    /** [instance]. worker_shutdown_timeout expired during a graceful stop. */
    SHUTDOWN_TIMEOUT(2),
    /** [request, timer slot ({@link Timers#slot}), token]. An armed timer's deadline. */
    TIMER(2),
    /** [request, station connected to, generation]. A connection attempt into a black hole timed out. */
    CONNECT_TIMEOUT(2),

    /** [request, generation]. A resumable upload's client sends its next attempt after its retry pause (domain.md §13). */
    UPLOAD_RESUME(1);

    private static final Ev[] VALUES = values();

    private final int priority;

    Ev(int priority) {
        this.priority = priority;
    }

    int priority() {
        return priority;
    }

    static Ev of(int ordinal) {
        return VALUES[ordinal];
    }
}
