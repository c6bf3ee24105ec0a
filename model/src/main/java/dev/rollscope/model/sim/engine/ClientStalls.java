package dev.rollscope.model.sim.engine;

/**
 * A client that is slow or stalls (domain.md §15), and the nginx timers that watch it: the first
 * proxy's client_header_timeout over the whole header; client_body_timeout at every proxy that
 * reads the body while the client pauses it; send_timeout at every proxy that writes the response
 * while the client does not read. Each is armed only when it fires before the client goes on
 * ({@link Timers#armUntil}), so a pause shorter than the timeout costs no event.
 *
 * <p>Which proxies see the pause: those of the body stretch from the client (up to the first one
 * that buffers the body, domain.md §2 proxy_request_buffering), and those of the response stretch
 * to the client (from the last one that buffers the response): bytes stop at once along a stretch
 * (buffers are not modelled, see {@link ClientTiming}). With proxy_request_buffering off, nginx
 * still reads the client with client_body_timeout (§15, "stall with proxy_request_buffering off");
 * the proxies after it read nothing either and arm theirs too. At equal deadlines the one nearest
 * the client fires first (armed first), as it was the first to wait. The GFE has no documented
 * client-side header or body timeout (§1, §15; a slowloris mitigation is unconfirmed): it arms
 * none and passes the pause on. L4 hops' idle timeout (stream proxy_timeout) is not armed by a
 * client's pause (assumption: its 10 min default outlasts the nginx timers before it).
 */
final class ClientStalls {

    /** What the client does next. */
    enum Step {
        /** Its header is complete: the first proxy connects onwards. */
        HEADER_SENT,
        /** It stops sending the body for its upload pause. */
        UPLOAD_PAUSE,
        /** It stops reading the response for its download pause, or for good. */
        DOWNLOAD_PAUSE;

        private static final Step[] VALUES = values();

        static Step of(int ordinal) {
            return VALUES[ordinal];
        }
    }

    private final Chain chain;
    private final Events events;
    private final Timers timers;

    ClientStalls(Chain chain, Events events, Timers timers) {
        this.chain = chain;
        this.events = events;
        this.timers = timers;
    }

    /** The client reached its first proxy and sends its header for its header time. */
    void headerStarted(RequestRun r) {
        long until = events.now() + r.type.client.header;
        timers.armUntil(r, chain.callee[0], TimerKind.CLIENT_HEADER, until);
        events.clientStep(until, r, Step.HEADER_SENT);
    }

    /** The body starts to flow from the client: its pause, if any, comes after its bytes before it. */
    void uploadStarted(RequestRun r) {
        ClientTiming c = r.type.client;
        if (c.uploadPauseAfter != ClientTiming.NO_PAUSE) {
            events.clientStep(events.now() + c.uploadPauseAfter, r, Step.UPLOAD_PAUSE);
        }
    }

    /** The response starts to flow to the client. */
    void downloadStarted(RequestRun r) {
        ClientTiming c = r.type.client;
        if (c.downloadPauseAfter != ClientTiming.NO_PAUSE) {
            events.clientStep(events.now() + c.downloadPauseAfter, r, Step.DOWNLOAD_PAUSE);
        }
    }

    /** The client pauses its upload: every proxy of the stretch from it reads nothing. */
    void uploadPaused(RequestRun r) {
        long until = events.now() + r.type.client.uploadPause;
        for (int s = 1; s <= chain.bodySink[0]; s++) {
            timers.armUntil(r, s, TimerKind.CLIENT_BODY, until);
        }
    }

    /** The client stops reading: every proxy of the stretch to it can write nothing. */
    void downloadPaused(RequestRun r) {
        long until = events.now() + r.type.client.downloadPause;
        for (int s = 1; s <= lastResponseSource(chain); s++) {
            timers.armUntil(r, s, TimerKind.CLIENT_SEND, until);
        }
    }

    /** The station whose response stretch ends at the client. */
    static int lastResponseSource(Chain chain) {
        int s = chain.lastStation();
        while (chain.responseSink[s] != 0) {
            s = chain.responseSink[s];
        }
        return s;
    }
}
