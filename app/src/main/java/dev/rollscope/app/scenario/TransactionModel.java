package dev.rollscope.app.scenario;

import dev.rollscope.model.scenario.Moments;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Transaction;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A request's database transaction as fields (docs/file-format.md "A database transaction"): the
 * request's own processing time at the application, and when within it the transaction begins and
 * how long it runs. Blank {@code from} and {@code for}: no transaction; blank processing: the
 * runtime hop's.
 */
final class TransactionModel {

    /** What the fields give: the request's processing (null: the runtime's) and its transaction (null: none). */
    record Work(TimeSpan processing, Transaction transaction) {
    }

    final StringProperty processing = new SimpleStringProperty("");
    final StringProperty from = new SimpleStringProperty("");
    final StringProperty length = new SimpleStringProperty("");

    private final ScenarioEditor editor;

    TransactionModel(ScenarioEditor editor) {
        this.editor = editor;
    }

    /** Every field, for a {@link FieldGroup} to watch. */
    List<StringProperty> fields() {
        return List.of(processing, from, length);
    }

    void show(RequestSpec r) {
        processing.set(r.processing() == null ? "" : r.processing().toString());
        from.set(r.transaction() == null ? "" : r.transaction().from().toString());
        length.set(r.transaction() == null ? "" : r.transaction().length().toString());
    }

    /**
     * The processing and transaction the fields give.
     *
     * @throws IllegalArgumentException naming the field whose text is not a value, or the model's reason
     */
    Work read() {
        TimeSpan work = FormFields.optional(editor, "transaction.processing", processing.get(),
                t -> TimeSpan.parseFinite(t, Moments.PROCESSING_TIME));
        if (from.get().isBlank() && length.get().isBlank()) {
            return new Work(work, null);
        }
        TimeSpan begins = FormFields.required(editor, "transaction.from", from.get(), TimeSpan::parse);
        Transaction t = FormFields.required(editor, "transaction.for", length.get(),
                text -> new Transaction(begins, TimeSpan.parse(text)));
        return new Work(work, t);
    }
}
