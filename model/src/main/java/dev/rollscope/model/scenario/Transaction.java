package dev.rollscope.model.scenario;

import dev.rollscope.model.units.TimeSpan;
import java.util.Objects;

/**
 * The part of a request's processing at the application that runs inside one database transaction
 * (domain.md §16): it begins {@code from} after processing starts and commits {@code length} later.
 * A process that exits before the commit closes its database connection and the server rolls the
 * transaction back; after the commit the data is written whatever happens to the response.
 *
 * @param from   when the transaction begins, from the start of the processing
 * @param length how long it runs until its COMMIT is acknowledged
 */
public record Transaction(TimeSpan from, TimeSpan length) {

    public Transaction {
        Objects.requireNonNull(from, "transaction from");
        Objects.requireNonNull(length, "transaction for");
        if (length.millis() <= 0) {
            throw new IllegalArgumentException("a transaction's for must be above 0, not " + length);
        }
    }

    /** When the commit is acknowledged, from the start of the processing. */
    public TimeSpan commitAt() {
        return TimeSpan.ofMillis(from.millis() + length.millis());
    }

    /** Throws unless the transaction ends within {@code processing} (the request's own; null: none given). */
    void checkWithin(TimeSpan processing, String owner) {
        if (processing == null) {
            throw new IllegalArgumentException(owner + ": a transaction needs the request's own processing time");
        }
        if (commitAt().millis() > processing.millis()) {
            throw new IllegalArgumentException(owner + ": the transaction (from " + from + " for " + length
                    + ") must commit within the processing time " + processing);
        }
    }
}
