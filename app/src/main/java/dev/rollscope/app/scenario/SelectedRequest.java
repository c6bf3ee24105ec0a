package dev.rollscope.app.scenario;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The presentation of the request chosen in the scenario panel: its client profile, its resumable
 * upload and its database transaction, each a {@link FieldGroup} applied as one undoable command.
 * The model's validation decides what is refused; its reason is each group's error.
 */
final class SelectedRequest {

    final ClientModel client;
    final ResumableModel resumable;
    final TransactionModel transaction;
    final FieldGroup clientGroup;
    final FieldGroup resumableGroup;
    final FieldGroup transactionGroup;
    private final ScenarioEditor editor;
    private final ReadOnlyObjectWrapper<RequestSpec> request = new ReadOnlyObjectWrapper<>(this, "request");

    SelectedRequest(ScenarioEditor editor) {
        this.editor = editor;
        client = new ClientModel(editor);
        resumable = new ResumableModel(editor);
        transaction = new TransactionModel(editor);
        clientGroup = group("command.client", () -> {
            ClientModel.Profile p = client.read();
            return r -> new RequestSpec(r.id(), r.method(), r.body(), r.response(), p.upload(), p.download(),
                    r.start(), r.processing(), r.idempotent(), p.client(), r.transaction(), r.resumable());
        });
        resumableGroup = group("command.resumable", () -> {
            ResumableUpload u = resumable.read();
            return r -> r.withResumable(u);
        });
        transactionGroup = group("command.transaction", () -> {
            TransactionModel.Work w = transaction.read();
            return r -> new RequestSpec(r.id(), r.method(), r.body(), r.response(), r.upload(), r.download(),
                    r.start(), w.processing(), r.idempotent(), r.client(), w.transaction(), r.resumable());
        });
        clientGroup.watch(client.fields().toArray(new Observable[0]));
        resumableGroup.watch(resumable.fields().toArray(new Observable[0]));
        transactionGroup.watch(transaction.fields().toArray(new Observable[0]));
    }

    /** The chosen request as the project holds it, or null for none. */
    ReadOnlyObjectProperty<RequestSpec> requestProperty() {
        return request.getReadOnlyProperty();
    }

    /** Shows a request (null: none) in every group, dropping what was typed and not applied. */
    void show(RequestSpec r) {
        request.set(r);
        if (r == null) {
            return;
        }
        clientGroup.show(() -> client.show(r.upload(), r.download(), r.client()));
        resumableGroup.show(() -> resumable.show(r.resumable()));
        transactionGroup.show(() -> transaction.show(r));
    }

    private FieldGroup group(String command, Supplier<UnaryOperator<RequestSpec>> read) {
        return new FieldGroup(editor, () -> {
            RequestSpec r = request.get();
            if (r == null) {
                throw new IllegalArgumentException(editor.text("request.none"));
            }
            UnaryOperator<RequestSpec> change = read.get();
            return new FieldGroup.Change() {
                @Override
                public Optional<String> refusal() {
                    return editor.requestRefusal(r.id(), change);
                }

                @Override
                public void make() {
                    editor.changeRequest(r.id(), command, change);
                }
            };
        });
    }
}
