package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The assumption a claim that a request survives rests on when the request is a GCS resumable
 * upload (domain.md §13): the simulation waits each of the client's retry pauses at its longest
 * (100 ms × 2ⁿ, at most 30 s) where gax-go draws a random one up to it, and a shorter pause can
 * make the upload fail where the longest completes (the engine's ResumableUploads). A search
 * ("at every start offset and routing choice") never searched those pauses, so every safe claim
 * about a GCS upload says so: the report's and the CLI's no-danger lines, the Play tab's sweep
 * line, a fix plan's "survives"/"verified", a remedy's "survives", the check summary.
 *
 * <p>The condition is the request being a GCS upload, not that a searched run retried a chunk: the
 * search keeps each run's {@code Outcome} only, not its upload's retries, so no caller of a safe
 * claim knows whether any run retried. The sentence is worded for that ("wherever a run retried a
 * chunk"). tus's retry delays are fixed and ordinary requests have no pause: their claims stand as
 * they are.
 */
public final class PauseAssumption {

    private static final String BUNDLE = "dev.rollscope.model.analysis.sweep.sweep";

    private PauseAssumption() {
    }

    /**
     * The sentence that follows a claim that {@code request} survives, when the claim rests on the
     * GCS pause assumption: " UP is a GCS upload: wherever a run retried a chunk, …" (in English
     * with its leading space, to be appended); empty for a tus upload or an ordinary request.
     */
    public static Optional<String> of(RequestSpec request, Locale locale) {
        ResumableUpload upload = request.resumable();
        if (upload == null) {
            return Optional.empty();
        }
        return switch (upload.protocol()) {
            case TUS -> Optional.empty();
            case GCS -> Optional.of(format("survives.longestPause", request.id(), locale));
        };
    }

    /**
     * The line that says a search found no danger window for {@code request}, with the assumption
     * it rests on: one text for the report's sweep section and the CLI's {@code sweep}.
     */
    public static String noDanger(RequestSpec request, Locale locale) {
        return format("survives.everywhere", request.id(), locale) + of(request, locale).orElse("");
    }

    private static String format(String key, String requestId, Locale locale) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT))
                .getString(key), locale).format(new Object[] {requestId});
    }
}
