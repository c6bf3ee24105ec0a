package dev.rollscope.model.scenario;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.Bandwidth;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Excerpt;
import dev.rollscope.model.units.TimeSpan;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One request a scenario sends.
 *
 * @param id         unique within the scenario ({@code GET}, {@code upload-50MB})
 * @param method     HTTP method
 * @param body       request body size
 * @param response   response body size
 * @param upload     client upload rate, or null for the topology client's
 * @param download   client download rate, or null for the topology client's
 * @param start      when the client sends it, from the start of the scenario
 * @param processing the application's time to first byte, or null for the runtime hop's default
 * @param idempotent whether proxies may retry it once sent, or null to follow the method (nginx:
 *                   every method but POST, LOCK and PATCH; domain.md §2)
 * @param client     how the client pauses or stalls ({@link ClientBehaviour#NONE}: it does not); of a
 *                   resumable upload only its {@code id} (every chunk comes from that client)
 * @param transaction the part of the processing spent in a database transaction (domain.md §16), or
 *                    null for none; it needs the request's own {@code processing} and ends within it
 * @param resumable  the upload's resumable protocol (domain.md §13), or null: one request carries the body
 */
public record RequestSpec(String id, String method, ByteSize body, ByteSize response, Bandwidth upload,
                          Bandwidth download, TimeSpan start, TimeSpan processing, Boolean idempotent,
                          ClientBehaviour client, Transaction transaction, ResumableUpload resumable) {

    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

    public RequestSpec {
        Objects.requireNonNull(id, "request id");
        if (!ID.matcher(id).matches()) {
            throw RefusalException.of("request.badId", Excerpt.quote(id));
        }
        Methods.check(method, Refusal.of("where.request", id));
        Objects.requireNonNull(body, () -> "request " + id + ": body");
        Objects.requireNonNull(response, () -> "request " + id + ": response");
        Objects.requireNonNull(start, () -> "request " + id + ": start");
        Objects.requireNonNull(client, () -> "request " + id + ": client");
        client.checkWithin(body, response, Refusal.of("where.request", id));
        if (transaction != null) {
            transaction.checkWithin(processing, Refusal.of("where.request", id));
        }
        if (resumable != null && body.bytes() == 0) {
            throw RefusalException.of("request.resumableEmpty", id);
        }
        if (resumable != null && !client.withId(null).isNone()) {
            throw RefusalException.of("request.resumableClient", id);
        }
        if (resumable != null && transaction != null) {
            throw RefusalException.of("request.resumableTransaction", id);
        }
    }

    /** A request without a database transaction that is not a resumable upload. */
    public RequestSpec(String id, String method, ByteSize body, ByteSize response, Bandwidth upload,
                       Bandwidth download, TimeSpan start, TimeSpan processing, Boolean idempotent,
                       ClientBehaviour client) {
        this(id, method, body, response, upload, download, start, processing, idempotent, client, null, null);
    }

    /** A request whose client neither pauses nor stalls. */
    public RequestSpec(String id, String method, ByteSize body, ByteSize response, Bandwidth upload,
                       Bandwidth download, TimeSpan start, TimeSpan processing, Boolean idempotent) {
        this(id, method, body, response, upload, download, start, processing, idempotent, ClientBehaviour.NONE);
    }

    /** A GET of a small page. */
    public static RequestSpec get(String id, TimeSpan start) {
        return new RequestSpec(id, "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, null, start, null, null);
    }

    /** A POST upload of {@code body}. */
    public static RequestSpec post(String id, ByteSize body, TimeSpan start) {
        return new RequestSpec(id, "POST", body, ByteSize.ofBytes(1_000), null, null, start, null, null);
    }

    public boolean isIdempotent() {
        return idempotent != null ? idempotent : Methods.idempotent(method);
    }

    public RequestSpec withStart(TimeSpan newStart) {
        return new RequestSpec(id, method, body, response, upload, download, newStart, processing, idempotent, client,
                transaction, resumable);
    }

    public RequestSpec withClient(ClientBehaviour newClient) {
        return new RequestSpec(id, method, body, response, upload, download, start, processing, idempotent, newClient,
                transaction, resumable);
    }

    public RequestSpec withResumable(ResumableUpload newResumable) {
        return new RequestSpec(id, method, body, response, upload, download, start, processing, idempotent, client,
                transaction, newResumable);
    }

    public RequestSpec withId(String newId) {
        return new RequestSpec(newId, method, body, response, upload, download, start, processing, idempotent, client,
                transaction, resumable);
    }

    public RequestSpec withTransaction(Transaction newTransaction) {
        return new RequestSpec(id, method, body, response, upload, download, start, processing, idempotent, client,
                newTransaction, resumable);
    }
}
