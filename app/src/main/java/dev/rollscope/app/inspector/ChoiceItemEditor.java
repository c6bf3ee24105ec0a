package dev.rollscope.app.inspector;

import dev.rollscope.app.i18n.Messages;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;

/** A choice among named values (kind, platform, front, stop behaviour, ...); choosing applies. */
final class ChoiceItemEditor extends ItemEditor<ComboBox<String>> {

    ChoiceItemEditor(ItemModel model, ValidationSupport validation, Messages messages) {
        super(model, combo(model), validation, messages);
        control.setOnAction(e -> commit());
    }

    private static ComboBox<String> combo(ItemModel model) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(model.choices());
        Function<String, String> names = model.text().choiceNames();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        return box;
    }

    @Override
    void show(String value) {
        if (!value.equals(control.getValue())) {
            control.setValue(value);
        }
    }

    @Override
    String candidate() {
        return control.getValue() == null ? "" : control.getValue();
    }
}
