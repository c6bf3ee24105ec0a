package dev.rollscope.model.export;

import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.UploadSummary;

/**
 * A resumable upload as a whole in one sentence (domain.md §13): its chunk requests, retries and
 * restarts, and its time against one POST of the same body. The report and the command line's
 * verdicts both say it with these words.
 */
public final class UploadText {

    private UploadText() {
    }

    /** @param o the upload's outcome (its start and end) */
    public static String of(ExportTexts t, UploadSummary u, Outcome o) {
        return t.get("report.upload", u.requestId(), u.protocol().name(), u.storage().name(),
                String.valueOf(u.sent()), String.valueOf(u.chunks()), String.valueOf(u.retries()),
                String.valueOf(u.restarts()), Times.span(o.end() - o.start()), Times.span(u.undisturbed()),
                Times.span(u.singlePost()));
    }
}
