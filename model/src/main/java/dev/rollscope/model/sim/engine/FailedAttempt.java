package dev.rollscope.model.sim.engine;

/** How a station's upstream attempt failed: whether anything was sent, and whether it timed out. */
enum FailedAttempt {
    /** Nothing was sent upstream yet: the connection was refused or found no backend. */
    UNSENT_ERROR(false, false),
    /** The connect attempt timed out. */
    UNSENT_TIMEOUT(false, true),
    /** The connection broke after the request (or part of it) went out. */
    SENT_ERROR(true, false),
    /** A read or send timer fired after the request went out. */
    SENT_TIMEOUT(true, true);

    private final boolean sent;
    private final boolean timeout;

    FailedAttempt(boolean sent, boolean timeout) {
        this.sent = sent;
        this.timeout = timeout;
    }

    boolean sent() {
        return sent;
    }

    boolean timeout() {
        return timeout;
    }
}
