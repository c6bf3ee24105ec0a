package dev.rollscope.model.export;

import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.UploadSummary;

/**
 * A resumable upload as a whole in one sentence (domain.md §13): its chunk requests, retries and
 * restarts, and its time against one POST of the same body, and for a GCS upload that retried the
 * assumption its times rest on. The report and the command line's verdicts both say it with these words.
 */
public final class UploadText {

    private UploadText() {
    }

    /** @param o the upload's outcome (its start and end) */
    public static String of(ExportTexts t, UploadSummary u, Outcome o) {
        return t.get("report.upload", u.requestId(), u.protocol().name(), u.storage().name(),
                String.valueOf(u.sent()), String.valueOf(u.chunks()), String.valueOf(u.retries()),
                String.valueOf(u.restarts()), Times.span(o.end() - o.start()), Times.span(u.undisturbed()),
                Times.span(u.singlePost())) + longestPause(t, u);
    }

    /**
     * A GCS upload that retried was simulated with each pause at its longest, which is neither its
     * best nor its worst case (ResumableUploads): the sentence that says so, else nothing.
     */
    private static String longestPause(ExportTexts t, UploadSummary u) {
        return switch (u.protocol()) {
            case TUS -> "";
            case GCS -> u.retries() > 0 ? t.get("report.upload.longestPause") : "";
        };
    }
}
