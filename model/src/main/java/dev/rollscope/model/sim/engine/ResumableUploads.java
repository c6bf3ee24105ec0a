package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.UPLOAD_NEXT;

import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.UploadSummary;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resumable uploads (domain.md §13): a request whose body goes as a sequence of attempts, each an
 * ordinary request through the chain (a chunk: tus PATCH, GCS PUT; or tus's HEAD asking the
 * offset). The run of the request carries them one after the other; this part decides what the
 * next attempt is, what the application answers, and whether and when the client retries.
 *
 * <p>Rules: the first chunk creates the upload (tus creation-with-upload) on the pod that takes it;
 * a chunk counts as stored when its whole body reached the application (bytes of a chunk cut
 * halfway are not counted). With storage POD only that pod knows the upload: an attempt whose
 * header reaches another pod (or the pod's replacement) is answered 404 at once. tus
 * (tus-js-client): after a failure the client waits {@code retryDelays[n]}, sends HEAD and resumes
 * from its Upload-Offset; a HEAD answered 404 starts a new upload from byte 0; a PATCH answered 404
 * fails; retries stop when the delays are used up and start over after progress; 4xx
 * other than 409/423 are not retried. GCS: the client re-sends the chunk after 100 ms × 2ⁿ (at most
 * 30 s; the simulation waits the whole pause, where the client draws a random one up to it) while
 * the chunk's retry deadline (32 s from its first try) allows; 5xx, 408, 429 and a broken
 * connection are retried, 404 fails.
 *
 * <p>What waiting the whole GCS pause means for a verdict: it is one schedule of many, neither the
 * best nor the worst. gax-go's {@code Backoff.Pause} draws {@code rand(1 ns … cap)}, and the cap
 * doubles with each try whatever was drawn; the deadline is looked at only before a try (a try sent
 * in time runs to its end). A shorter pause sends the retry earlier, which helps against the
 * deadline but can land in a failure the longest pause waits out, and leaves a larger cap for a
 * later pause that can jump past the deadline. Example: a chunk whose tries fail at once until
 * 20 s after its first try (D has no ready pod). At the longest pauses it is tried at 0.1, 0.3,
 * 0.7, 1.5, 3.1, 6.3, 12.7 and 25.5 s, and the try at 25.5 s completes. A client that draws
 * near-zero pauses seven times and then 12.8 s tries at 12.8 s (fails); its next cap is 25.6 s, and
 * a draw over 19.2 s falls past 32 s: it gives up, the upload fails. Conversely, failures until
 * 30 s fail at the longest pauses (tries at 25.5 s, then 51.1 s is past the deadline) while a
 * shorter draw can try between 30 and 32 s and complete. Searching the pauses soundly would take
 * the outcome as a function of a continuous pause, through every pick and connection the retry
 * shares with other requests; the simulation keeps its one schedule instead, and the texts that
 * tell a GCS retry (a diagram's note, the Play tab's event list) or a GCS upload that retried (its
 * paragraph) say the pause is random up to the time shown and simulated at its longest; every claim
 * that a GCS upload survives (the report, the fix plan, remedies, {@code check}, {@code sweep}, the
 * Play tab's sweep) adds the sentence of {@code analysis.sweep.PauseAssumption}. An upload that
 * never retried is exact; tus's delays are fixed.
 *
 * <p>tusd's per-process locks are not modelled because they could never bite here: whatever breaks
 * an attempt (a cut or a stall at A, B or C, while D reads or processes the chunk) ends it at every
 * hop at the same moment, and the client sends the next attempt only after that, so two attempts of
 * one upload never overlap at D, on one pod or on several (UploadLockPremiseTest); a real D that
 * keeps a broken PATCH open a little longer, racing the next attempt, is not simulated.
 */
final class ResumableUploads {

    private final Chain chain;
    private final long internalBps;
    private final Events events;
    private final TraceLog log;
    private final Fleet fleet;
    private final long horizon;
    private final Map<String, RequestType> types = new HashMap<>();
    private final Map<Integer, UploadSummary> summaries = new LinkedHashMap<>();

    ResumableUploads(Chain chain, long internalBps, Events events, TraceLog log, Fleet fleet, long horizon) {
        this.chain = chain;
        this.internalBps = internalBps;
        this.events = events;
        this.log = log;
        this.fleet = fleet;
        this.horizon = horizon;
    }

    /** r's request is a resumable upload: its run becomes the first chunk. */
    void begin(RequestRun r, RequestSpec spec) {
        r.upload = new UploadState(spec);
        r.upload.chunkFirstTry = events.now();
        next(r);
    }

    /** Makes r's run its upload's next attempt, from now (the caller starts it). */
    void next(RequestRun r) {
        UploadState u = r.upload;
        u.earlierAttempts += r.totalAttempts;
        if (!u.querying) {
            u.chunksSent++;
        }
        r.stage(type(u), events.now());
    }

    private RequestType type(UploadState u) {
        return u.querying ? attemptType(u.spec, "HEAD", 0, TimeSpan.ZERO)
                : chunkType(u, Math.min(u.protocol.chunkBytes(), u.total - u.acked));
    }

    private RequestType chunkType(UploadState u, long bytes) {
        return attemptType(u.spec, u.protocol.protocol().chunkMethod(), bytes, u.spec.processing());
    }

    private RequestType attemptType(RequestSpec s, String method, long bytes, TimeSpan processing) {
        return types.computeIfAbsent(s.id() + ' ' + method + ' ' + bytes,
                k -> RequestType.of(attempt(s, method, bytes, processing), chain, internalBps));
    }

    /**
     * An attempt as a request of its own: its method, its bytes, no response body (tus 204, GCS 308/200),
     * from the upload's client (its id, for session affinity).
     */
    private static RequestSpec attempt(RequestSpec s, String method, long bytes, TimeSpan processing) {
        return new RequestSpec(s.id(), method, ByteSize.ofBytes(bytes), ByteSize.ZERO, s.upload(), s.download(),
                s.start(), processing, null, ClientBehaviour.NONE.withId(s.client().id()));
    }

    /** The first (and largest) chunk of an upload as a request of its own: what one hop carries at a time. */
    static RequestSpec firstChunk(RequestSpec s) {
        ResumableUpload u = s.resumable();
        return attempt(s, u.protocol().chunkMethod(), u.largestRequest(s.body().bytes()), s.processing());
    }

    /**
     * The attempt's header has reached the application on instance x: true when x knows the upload
     * (or the attempt is the chunk that creates it), false when x answers 404 before reading a byte
     * of the body (tusd looks the upload up first).
     */
    boolean knows(RequestRun r, int x) {
        UploadState u = r.upload;
        if (!u.created && !u.querying) {
            u.created = true;
            u.home = x;
            return true;
        }
        if (!u.created || u.protocol.store() == Storage.POD && x != u.home) {
            u.lostOn = u.home;
            u.answered404 = x;
            return false;
        }
        return true;
    }

    /** The attempt's whole body has reached the application, which stores it (a HEAD has none). */
    void stored(RequestRun r) {
        UploadState u = r.upload;
        if (!u.querying) {
            u.stored = Math.max(u.stored, u.acked + r.body);
        }
    }

    /** The attempt's answer reached the client: true when the upload is complete. */
    boolean answered(RequestRun r) {
        UploadState u = r.upload;
        u.acked = u.querying ? u.stored : u.acked + r.body;
        u.querying = false;
        if (u.protocol.protocol() == Protocol.GCS) {
            u.retry = 0;
        }
        boolean done = u.acked >= u.total;
        if (!done) {
            log.request(UPLOAD_NEXT, r.index, 0, -1, -1, -1, u.acked, events.now(), "chunk");
            u.chunkFirstTry = events.now();
        }
        return done;
    }

    /**
     * The attempt failed with {@code status} (0: no answer) for {@code cause}: the pause after
     * which the client tries again, or -1 when the upload has failed.
     */
    long retryAfter(RequestRun r, int status, boolean truncated, Cause cause) {
        UploadState u = r.upload;
        long now = events.now();
        if (now >= horizon) {
            return -1;
        }
        if (cause == Cause.UPLOAD_NOT_FOUND) {
            if (!u.querying) {
                return -1;
            }
            u.restarts++;
            u.created = false;
            u.home = -1;
            u.acked = 0;
            u.stored = 0;
            u.querying = false;
            u.lostOn = -1;
            u.answered404 = -1;
            u.next = "restart";
            return 0;
        }
        long pause = switch (u.protocol.protocol()) {
            case TUS -> tusPause(u, truncated ? 0 : status);
            case GCS -> gcsPause(u, truncated ? 0 : status, now);
        };
        if (pause >= 0) {
            u.retries++;
            u.next = "retry:" + cause.name();
        }
        return pause;
    }

    /** Traces the client's decision of {@link #retryAfter}: it goes on after {@code pause}. */
    void traceNext(RequestRun r, long pause) {
        log.request(UPLOAD_NEXT, r.index, 0, -1, -1, -1, r.upload.acked, events.now() + pause, r.upload.next);
    }

    /** tus-js-client: no retry for a 4xx but 409 and 423; the delays start over after progress. */
    private static long tusPause(UploadState u, int status) {
        if (status / 100 == 4 && status != 409 && status != 423) {
            return -1;
        }
        if (u.acked > u.offsetAtFailure) {
            u.retry = 0;
        }
        u.offsetAtFailure = u.acked;
        List<TimeSpan> delays = u.protocol.delays();
        if (u.retry >= delays.size()) {
            return -1;
        }
        u.querying = true;
        return delays.get(u.retry++).millis();
    }

    /** GCS client: 5xx, 408, 429 and broken connections, backing off within the chunk's deadline. */
    private static long gcsPause(UploadState u, int status, long now) {
        if (status != 0 && status < 500 && status != 408 && status != 429) {
            return -1;
        }
        long pause = ResumableUpload.backoff(u.retry);
        if (now + pause - u.chunkFirstTry >= u.protocol.deadline().millis()) {
            return -1;
        }
        u.retry++;
        return pause;
    }

    /** The upload is over, completed or not: its connection attempts add up, its summary is kept. */
    void close(RequestRun r, boolean completed) {
        UploadState u = r.upload;
        r.totalAttempts += u.earlierAttempts;
        long chunk = u.protocol.chunkBytes();
        long undisturbed = 0;
        for (long at = 0; at < u.total; at += Math.min(chunk, u.total - at)) {
            undisturbed += chunkType(u, Math.min(chunk, u.total - at)).plan.total();
        }
        long single = RequestType.of(u.spec.withResumable(null), chain, internalBps).plan.total();
        summaries.put(r.index, new UploadSummary(u.spec.id(), u.protocol.protocol(), u.protocol.store(),
                u.protocol.chunks(u.total), u.chunksSent, u.retries, u.restarts, completed, undisturbed, single,
                id(u.lostOn), id(u.answered404)));
    }

    private String id(int instance) {
        return instance < 0 ? "" : fleet.get(instance).id;
    }

    /** The summaries of the uploads that have ended, by request index. */
    Map<Integer, UploadSummary> summaries() {
        return summaries;
    }
}
