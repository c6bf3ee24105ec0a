package dev.rollscope.model.sim.engine;

/**
 * The kinds of engine event, each with its priority among events of the same millisecond:
 * 0 = state changes that cut nothing (an instance turns ready, a view changes, a listener
 * closes), 1 = request progress, 2 = cuts and timer expiries. So at equal times a request sees
 * the newest routing, and a transfer that ends exactly when a drain or a timer does completes
 * (which makes the "≥" of domain.md §9 exact).
 *
 * <p>Arguments: {@code a}, {@code b} (ints) and {@code c} (a long, often a generation token
 * that invalidates the event when it no longer matches).
 */
enum Ev {
    /** a = instance. */
    LISTENING(0),
    /** a = instance. Readiness probe or health check passed. */
    READY(0),
    /** a = instance. Ready for minReady: counts as available. */
    AVAILABLE(0),
    /** a = hop, b = instance, c = 1 add / 0 remove. */
    VIEW_CHANGE(0),
    /** a = instance. PreStop hook finished. */
    PRESTOP_END(0),
    /** a = instance, b = {@link Signal} ordinal. A graceful stop signal. */
    GRACEFUL_SIGNAL(0),
    /** a = instance. The GCP front starts draining the instance now (NEG endpoints). */
    DRAIN_START(0),
    /** a = disruption index. */
    DISRUPTION_START(0),
    /** a = disruption index, b = attempt. A node-upgrade step: drain the next node or retry evictions. */
    NODE_STEP(0),
    /** a = instance. A crashed instance restarts. */
    RESTART(0),
    /** a = pooled connection id, c = the idle-since time it was scheduled for. */
    POOL_EXPIRY(0),
    /**
     * a = instance. The controllers learn that the instance is gone. An event, not a call, so that
     * a deletion that lets a controller delete the next instance (a node upgrade's next node, a
     * MIG's next VM) is a loop through the queue, not a recursion as deep as the hop is large.
     */
    GONE_NOTICE(0),

    /** a = request index in the source. A request arrives at the client. */
    REQUEST_START(1),
    /** a = mix arrival sequence. The traffic mix sends its next request. */
    MIX_ARRIVAL(1),
    /** a = request, b = sink station, c = request generation. A body stretch has arrived at its sink. */
    BODY_ARRIVED(1),
    /** a = request, c = generation. The application sends its first response byte. */
    RESPONSE_START(1),
    /** a = request, b = receiving station, c = generation. A response stretch has arrived. */
    RESPONSE_ARRIVED(1),

    /** a = instance, b = {@link Signal} ordinal. A signal that cuts: TERM (fast stop), KILL, immediate stop. */
    HARD_SIGNAL(2),
    /** a = instance. The front's drain of the instance ends. */
    DRAIN_END(2),
    /** a = instance. worker_shutdown_timeout expired during a graceful stop. */
    SHUTDOWN_TIMEOUT(2),
    /** a = request, b = station * 8 + timer kind, c = token. */
    TIMER(2),
    /** a = request, b = caller station, c = generation. A connection attempt into a black hole timed out. */
    CONNECT_TIMEOUT(2);

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
