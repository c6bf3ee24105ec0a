package dev.rollscope.app.inspector;

import dev.rollscope.app.i18n.Messages;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.controlsfx.validation.ValidationSupport;

/**
 * A typed text editor: durations, sizes, rates, counts, percentages, names. Enter or leaving the
 * field applies the text; Escape puts the current value back. Undo (Ctrl+Z) and redo (Ctrl+Shift+Z,
 * Ctrl+Y) act on the text typed but not applied yet, as the field's own undo; with no such text they
 * are the document's undo and redo, and never also change the text, so no undone text is applied
 * afterwards as a new edit.
 */
final class TextItemEditor extends ItemEditor<TextField> {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    TextItemEditor(ItemModel model, ValidationSupport validation, Messages messages) {
        super(model, new TextField(), validation, messages);
        control.setOnAction(e -> commit());
        control.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
        control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                undo();
                e.consume();
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                redo();
                e.consume();
            }
        });
        control.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(model.valueProperty().get());
                e.consume();
            }
        });
    }

    private boolean typed() {
        return !candidate().equals(model.valueProperty().get());
    }

    private void undo() {
        if (!typed()) {
            model.undoDocument();
        } else if (control.isUndoable()) {
            control.undo();
        } else {
            show(model.valueProperty().get());
        }
    }

    private void redo() {
        if (control.isRedoable()) {
            control.redo();
        } else if (!typed()) {
            model.redoDocument();
        }
    }

    @Override
    void show(String value) {
        if (!value.equals(control.getText())) {
            control.setText(value);
        }
    }

    @Override
    String candidate() {
        return control.getText() == null ? "" : control.getText();
    }
}
