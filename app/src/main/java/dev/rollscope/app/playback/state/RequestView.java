package dev.rollscope.app.playback.state;

/**
 * Where one request is at one moment. On a leg ({@link RequestPhase#onLeg()}) it moves from
 * station {@code from} to station {@code to} and {@code progress} says how far (0 to 1); in the
 * other phases {@code from == to} is the station it is at, and {@code progress} is the share of
 * the application's processing done (or 0).
 *
 * @param request      index in the simulation's requests
 * @param fromInstance the instance at {@code from}, or -1 (the client, a front proxy, unknown)
 * @param toInstance   the instance at {@code to}, or -1
 * @param bytes        the bytes on the leg (body or response), 0 otherwise
 * @param status       the status the client saw once finished (0 = none), 0 before
 */
public record RequestView(int request, RequestPhase phase, int from, int to, int fromInstance, int toInstance,
                          double progress, long bytes, int status) {

    /** A request the client has not sent yet. */
    static RequestView notSent(int request) {
        return new RequestView(request, RequestPhase.NOT_SENT, 0, 0, -1, -1, 0, 0, 0);
    }

    /** The station the request is at, or the one it moves towards on a leg. */
    public int station() {
        return to;
    }

    /** The instance the request is at, or moves towards, or -1. */
    public int instance() {
        return toInstance;
    }
}
