package dev.rollscope.app.scenario;

import java.util.function.Supplier;
import javafx.scene.control.TextField;

/** Reading a form field with a model parser, so a refusal names the field and the bad value. */
final class FormFields {

    private FormFields() {
    }

    /**
     * @param key the bundle key of the field's label
     * @throws IllegalArgumentException "Body: "ten" is not a size (…)", in the user's language
     */
    static <T> T parse(ScenarioEditor editor, String key, TextField field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(editor.text("form.bad", editor.text(key), field.getText(), e.getMessage()),
                    e);
        }
    }
}
