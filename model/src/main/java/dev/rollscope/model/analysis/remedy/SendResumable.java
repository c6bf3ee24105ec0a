package dev.rollscope.model.analysis.remedy;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.units.TimeSpan;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The request's body sent as a tus resumable upload instead of one request (domain.md §13): its
 * partial upload in storage every pod reaches, and tus-js-client's defaults otherwise (one PATCH
 * with all remaining bytes; after a failure a HEAD for the offset, retried after 0, 1, 3 and 5 s).
 * Only a request that can be one: a POST with a body, no database transaction, and a client that
 * does not pause (the simulation has neither beside a resumable upload).
 *
 * @param requestId the request sent that way
 */
public record SendResumable(String requestId) implements Remedy {

    /** The upload tried: tus, shared storage, the client's defaults. */
    static final ResumableUpload UPLOAD = ResumableUpload.of(Protocol.TUS, Storage.SHARED);

    /** True when the request can go as a resumable upload and does not yet. */
    static boolean fits(RequestSpec r) {
        return r.method().equals("POST") && r.body().bytes() > 0 && r.resumable() == null && r.transaction() == null
                && r.client().withId(null).isNone();
    }

    @Override
    public Scenario applyTo(Scenario scenario) {
        return scenario.withRequests(scenario.requests().stream()
                .map(r -> r.id().equals(requestId) ? r.withResumable(UPLOAD) : r).toList());
    }

    @Override
    public String text(Locale locale) {
        String delays = UPLOAD.delays().stream().map(TimeSpan::toString).collect(Collectors.joining(", "));
        return RemedyAnswer.text(locale, "remedy.resumable", delays);
    }

    @Override
    public String replacedText(Locale locale) {
        return RemedyAnswer.text(locale, "remedy.resumable.replaced", requestId);
    }
}
