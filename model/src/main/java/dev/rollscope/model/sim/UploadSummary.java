package dev.rollscope.model.sim;

import dev.rollscope.model.scenario.ResumableUpload;

/**
 * How a resumable upload went as a whole (domain.md §13): its outcome is the request's
 * {@link Outcome}; this adds what happened inside it.
 *
 * @param requestId  the upload's request id
 * @param protocol   tus or GCS-style
 * @param storage    where the server kept the partial upload
 * @param chunks     chunks the body takes when nothing fails
 * @param sent       chunk requests sent, retries and restarts included
 * @param retries    attempts the client retried after a failure (each after its retry pause)
 * @param restarts   times the upload started again from byte 0 because the server no longer knew it
 * @param completed  true when every byte was acknowledged
 * @param undisturbed how long the resumable upload takes when nothing fails (ms)
 * @param singlePost  how long the same body takes as one request when nothing fails (ms)
 * @param lostOn      the instance the partial upload lived on when a resume answered 404, or ""
 * @param answeredBy  the instance that answered 404, or ""
 */
public record UploadSummary(String requestId, ResumableUpload.Protocol protocol, ResumableUpload.Storage storage,
                            long chunks, int sent, int retries, int restarts, boolean completed, long undisturbed,
                            long singlePost, String lostOn, String answeredBy) {
}
