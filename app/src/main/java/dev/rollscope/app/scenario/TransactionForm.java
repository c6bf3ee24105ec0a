package dev.rollscope.app.scenario;

import javafx.scene.control.TextField;

/**
 * The fields of a {@link TransactionModel}: the request's processing time (blank: the runtime hop's,
 * shown as the prompt) and the transaction's from and for (both blank: none).
 */
final class TransactionForm {

    private final ScenarioEditor editor;
    private final FormGrid view;
    private final TextField processing;

    TransactionForm(ScenarioEditor editor, TransactionModel model, FieldGroup group) {
        this.editor = editor;
        view = new FormGrid(editor, "transaction", group);
        processing = view.text("transaction.processing", "processing", model.processing, "");
        String none = editor.text("transaction.noneShort");
        view.text("transaction.from", "from", model.from, none);
        view.text("transaction.for", "for", model.length, none);
    }

    FormGrid view() {
        return view;
    }

    /** Shows the runtime hop's processing time as what a blank processing field stands for. */
    void showDefault(String runtimeProcessing) {
        processing.setPromptText(runtimeProcessing == null ? "" : editor.text("transaction.runtime", runtimeProcessing));
    }
}
