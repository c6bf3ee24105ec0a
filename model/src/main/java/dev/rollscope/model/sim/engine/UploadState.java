package dev.rollscope.model.sim.engine;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;

/**
 * Where one resumable upload stands (domain.md §13): what the client has had acknowledged, what
 * the server has stored and where, and the client's retry state. {@link ResumableUploads} moves it.
 */
final class UploadState {

    final RequestSpec spec;
    final ResumableUpload protocol;
    final long total;
    /** The offset the client knows the server has (acknowledged chunks, or a HEAD's Upload-Offset). */
    long acked;
    /** The bytes the server has stored: on its shared storage, or on {@link #home}. */
    long stored;
    /** The upload resource exists (its first chunk reached the application). */
    boolean created;
    /** The instance that created the upload: with storage POD, the only one that knows it. */
    int home = -1;
    /** The attempt under way is tus's HEAD asking for the offset, not a chunk. */
    boolean querying;
    /** tus: the next delay's index; GCS: retries of the current chunk. */
    int retry;
    /** The acknowledged offset at the last failure (tus-js-client resets its retries after progress). */
    long offsetAtFailure = -1;
    /** GCS: when the current chunk was first sent (its retry deadline counts from then). */
    long chunkFirstTry;
    /** Connection attempts of the attempts already over. */
    int earlierAttempts;
    int chunksSent;
    int retries;
    int restarts;
    /** Why the client sends its next attempt: {@code retry:CAUSE} or {@code restart} (the trace's detail). */
    String next = "";
    /** The instance an unknown upload (404) lived on, or -1. */
    int lostOn = -1;
    /** The instance whose answer was 404, or -1. */
    int answered404 = -1;

    UploadState(RequestSpec spec) {
        this.spec = spec;
        this.protocol = spec.resumable();
        this.total = spec.body().bytes();
    }
}
