package dev.rollscope.model.scenario;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Excerpt;
import dev.rollscope.model.units.TimeSpan;
import java.util.Objects;

/**
 * How the client of a request misbehaves (domain.md §15): its header takes a while to arrive, it
 * pauses its upload or its download at some byte, or it stops reading the response. Its rates are
 * the request's {@code upload} and {@code download}. {@link #NONE} is a client that sends and
 * reads at its rates without a break, as a client of its own.
 *
 * @param headerTime     how long the request header takes to arrive at the first proxy (zero: at once)
 * @param uploadPause    a pause of the upload, or null
 * @param downloadPause  a pause of the download, or null
 * @param stopsReadingAt the client reads this many response bytes and then no more, or null
 * @param id             who the client is, for session affinity (domain.md §12): requests with the same
 *                       id come from one client (one IP address, one cookie jar); null: a client of its
 *                       own (a request's, or each request of a mix entry)
 */
public record ClientBehaviour(TimeSpan headerTime, Pause uploadPause, Pause downloadPause, ByteSize stopsReadingAt,
                              String id) {

    public static final ClientBehaviour NONE = new ClientBehaviour(TimeSpan.ZERO, null, null, null);

    /** The client stops for {@code length} once {@code at} bytes have gone (0 = before the first byte). */
    public record Pause(ByteSize at, TimeSpan length) {
        public Pause {
            Objects.requireNonNull(at, "pause at");
            Objects.requireNonNull(length, "pause length");
            if (length.isNone() || length.millis() == 0) {
                throw RefusalException.of("client.pause", length);
            }
        }
    }

    public ClientBehaviour {
        Objects.requireNonNull(headerTime, "client headerTime");
        if (headerTime.isNone()) {
            throw RefusalException.of("client.headerTime");
        }
        if (downloadPause != null && stopsReadingAt != null) {
            throw RefusalException.of("client.pauseOrStop");
        }
        if (id != null && !RequestSpec.ID.matcher(id).matches()) {
            throw RefusalException.of("client.badId", Excerpt.quote(id));
        }
    }

    /** A client of its own (no {@code id}) that pauses or stalls as given. */
    public ClientBehaviour(TimeSpan headerTime, Pause uploadPause, Pause downloadPause, ByteSize stopsReadingAt) {
        this(headerTime, uploadPause, downloadPause, stopsReadingAt, null);
    }

    /** The same client, known by {@code newId} (null: a client of its own). */
    public ClientBehaviour withId(String newId) {
        return new ClientBehaviour(headerTime, uploadPause, downloadPause, stopsReadingAt, newId);
    }

    /** True for a client that sends and reads without a break. */
    public boolean isNone() {
        return equals(NONE);
    }

    /** Refuses a pause or stop outside the request's body or response; {@code where} names the request. */
    void checkWithin(ByteSize body, ByteSize response, Refusal where) {
        if (uploadPause != null && uploadPause.at().compareTo(body) >= 0) {
            throw RefusalException.of("client.uploadPause", where, uploadPause.at(), body);
        }
        if (downloadPause != null && downloadPause.at().compareTo(response) >= 0) {
            throw RefusalException.of("client.downloadPause", where, downloadPause.at(), response);
        }
        if (stopsReadingAt != null && stopsReadingAt.compareTo(response) >= 0) {
            throw RefusalException.of("client.stopsReading", where, stopsReadingAt, response);
        }
    }
}
