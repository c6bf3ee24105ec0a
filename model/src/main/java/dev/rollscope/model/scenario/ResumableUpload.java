package dev.rollscope.model.scenario;

import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Objects;

/**
 * A request sent as a resumable upload (domain.md §13): the body goes as a sequence of chunk
 * requests, each an ordinary request through the chain; a chunk that fails is retried after the
 * client's retry schedule, resuming from the offset the server has stored. Null fields take the
 * protocol's defaults ({@link #chunkBytes()}, {@link #delays()}, {@link #deadline()}, {@link #store()}).
 *
 * @param protocol      tus (PATCH, HEAD for the offset) or GCS-style (PUT with Content-Range)
 * @param chunkSize     bytes per chunk, or null for the protocol's default
 * @param retryDelays   tus only: the client's pauses before each retry, or null for tus-js-client's
 * @param retryDeadline GCS only: how long after a chunk's first try the client still retries, or null for 32 s
 * @param storage       where the server keeps the partial upload, or null for the protocol's default
 */
public record ResumableUpload(Protocol protocol, ByteSize chunkSize, List<TimeSpan> retryDelays,
                              TimeSpan retryDeadline, Storage storage) {

    /** tus-js-client's {@code retryDelays} {@code [0, 1000, 3000, 5000]} ms (domain.md §13). */
    public static final List<TimeSpan> TUS_RETRY_DELAYS = List.of(TimeSpan.ZERO, TimeSpan.ofSeconds(1),
            TimeSpan.ofSeconds(3), TimeSpan.ofSeconds(5));
    /** The GCS client's per-chunk retry deadline, 32 s (domain.md §13 "GCS client retry"). */
    public static final TimeSpan GCS_RETRY_DEADLINE = TimeSpan.ofSeconds(32);
    /** GCS backoff (gax-go): initial pause 100 ms, doubled each retry, at most 30 s (domain.md §13). */
    public static final TimeSpan GCS_BACKOFF_INITIAL = TimeSpan.ofMillis(100);
    public static final TimeSpan GCS_BACKOFF_MAX = TimeSpan.ofSeconds(30);
    /** GCS chunks are multiples of 256 KiB (googleapi {@code MinUploadChunkSize}, domain.md §13). */
    public static final long GCS_CHUNK_UNIT = 256 * 1024;
    /** The Go client's default chunk, 16 MiB (domain.md §13). */
    public static final ByteSize GCS_DEFAULT_CHUNK = ByteSize.ofBytes(16L << 20);
    private static final int MAX_DELAYS = 20;

    /** The upload protocol: how chunks are sent and how the client learns the server's offset. */
    public enum Protocol {
        /** tus 1.0: PATCH per chunk; after a failure HEAD asks the offset; tus-js-client's retries. */
        TUS,
        /** GCS resumable upload: PUT per chunk with Content-Range; exponential backoff within a deadline. */
        GCS;

        /** The HTTP method of a chunk. */
        public String chunkMethod() {
            return switch (this) {
                case TUS -> "PATCH";
                case GCS -> "PUT";
            };
        }
    }

    /** Where the server keeps an unfinished upload (domain.md §13 "derived — what must survive"). */
    public enum Storage {
        /** Storage every pod reaches (GCS/S3, a shared volume): any pod can resume. */
        SHARED,
        /** The pod's own disk or memory (tusd's default {@code -upload-dir}): only that pod knows the upload. */
        POD
    }

    public ResumableUpload {
        Objects.requireNonNull(protocol, "resumable protocol");
        if (chunkSize != null && chunkSize.bytes() <= 0) {
            throw RefusalException.of("resumable.chunkSize", chunkSize);
        }
        if (protocol == Protocol.GCS && chunkSize != null && chunkSize.bytes() % GCS_CHUNK_UNIT != 0) {
            throw RefusalException.of("resumable.gcsChunk", chunkSize);
        }
        if (retryDelays != null) {
            if (protocol != Protocol.TUS) {
                throw RefusalException.of("resumable.delaysTus");
            }
            retryDelays = List.copyOf(retryDelays);
            if (retryDelays.size() > MAX_DELAYS) {
                throw RefusalException.of("resumable.delaysCount", MAX_DELAYS, retryDelays.size());
            }
            for (TimeSpan d : retryDelays) {
                if (d.isNone()) {
                    throw RefusalException.of("resumable.delaysFinite");
                }
            }
        }
        if (retryDeadline != null) {
            if (protocol != Protocol.GCS) {
                throw RefusalException.of("resumable.deadlineGcs");
            }
            if (retryDeadline.isNone() || retryDeadline.millis() == 0) {
                throw RefusalException.of("resumable.deadline", retryDeadline);
            }
        }
    }

    /** A tus or GCS upload with every default. */
    public static ResumableUpload of(Protocol protocol, Storage storage) {
        return new ResumableUpload(protocol, null, null, null, storage);
    }

    /**
     * Bytes per chunk: the one given; else tus-js-client's {@code Infinity} (one PATCH with all
     * remaining bytes, {@link Long#MAX_VALUE}) or the GCS Go client's 16 MiB (domain.md §13).
     */
    public long chunkBytes() {
        if (chunkSize != null) {
            return chunkSize.bytes();
        }
        return switch (protocol) {
            case TUS -> Long.MAX_VALUE;
            case GCS -> GCS_DEFAULT_CHUNK.bytes();
        };
    }

    /** tus: the pauses before each retry; GCS: none (it backs off, {@link #backoff(int)}). */
    public List<TimeSpan> delays() {
        return switch (protocol) {
            case TUS -> retryDelays != null ? retryDelays : TUS_RETRY_DELAYS;
            case GCS -> List.of();
        };
    }

    /** GCS: how long after a chunk's first try retries go on; tus: none ({@link TimeSpan#NONE}). */
    public TimeSpan deadline() {
        return switch (protocol) {
            case TUS -> TimeSpan.NONE;
            case GCS -> retryDeadline != null ? retryDeadline : GCS_RETRY_DEADLINE;
        };
    }

    /**
     * The GCS client's pause before retry {@code n} (0-based): 100 ms × 2ⁿ, at most 30 s. The client
     * draws its pause at random up to this (full jitter); the simulation waits the whole of it.
     */
    public static long backoff(int n) {
        long pause = GCS_BACKOFF_INITIAL.millis() << Math.min(n, 20);
        return Math.min(pause, GCS_BACKOFF_MAX.millis());
    }

    /** Where partial uploads live: the one given, else tusd's default (its pod's disk) or GCS's (shared). */
    public Storage store() {
        if (storage != null) {
            return storage;
        }
        return switch (protocol) {
            case TUS -> Storage.POD;
            case GCS -> Storage.SHARED;
        };
    }

    /** The largest body one request of an upload of {@code bytes} carries: its first chunk. */
    public long largestRequest(long bytes) {
        return Math.min(chunkBytes(), bytes);
    }

    /** How many chunks a body of {@code bytes} takes when nothing fails. */
    public long chunks(long bytes) {
        long c = chunkBytes();
        return bytes == 0 ? 1 : (bytes - 1) / c + 1;
    }
}
