package dev.rollscope.app.inspector;

import dev.rollscope.app.i18n.Messages;
import javafx.scene.control.CheckBox;
import org.controlsfx.validation.ValidationSupport;

/** An on/off setting; toggling applies. */
final class FlagItemEditor extends ItemEditor<CheckBox> {

    FlagItemEditor(ItemModel model, ValidationSupport validation, Messages messages) {
        super(model, new CheckBox(), validation, messages);
        control.setOnAction(e -> commit());
    }

    @Override
    void show(String value) {
        control.setSelected(Boolean.parseBoolean(value));
    }

    @Override
    String candidate() {
        return String.valueOf(control.isSelected());
    }
}
