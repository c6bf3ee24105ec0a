package dev.rollscope.app.inspector;

import dev.rollscope.app.i18n.Messages;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.validation.ValidationSupport;

/**
 * A typed text editor: durations, sizes, rates, counts, percentages, names. Enter or leaving the
 * field applies the text; Escape puts the current value back.
 */
final class TextItemEditor extends ItemEditor<TextField> {

    TextItemEditor(ItemModel model, ValidationSupport validation, Messages messages) {
        super(model, new TextField(), validation, messages);
        control.setOnAction(e -> commit());
        control.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
        control.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(model.valueProperty().get());
                e.consume();
            }
        });
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
