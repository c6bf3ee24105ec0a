package dev.rollscope.model.scenario;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
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
            throw RefusalException.of("transaction.length", length);
        }
    }

    /** When the commit is acknowledged, from the start of the processing. */
    public TimeSpan commitAt() {
        return TimeSpan.ofMillis(from.millis() + length.millis());
    }

    /** Throws unless the transaction ends within {@code processing} (the request's own; null: none given). */
    void checkWithin(TimeSpan processing, Refusal owner) {
        if (processing == null) {
            throw RefusalException.of("transaction.noProcessing", owner);
        }
        if (commitAt().millis() > processing.millis()) {
            throw RefusalException.of("transaction.commit", owner, from, length, processing);
        }
    }
}
