package dev.rollscope.app.scenario;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.TextField;

/** Reading a form field with a model parser, so a refusal names the field and the bad value. */
final class FormFields {

    /** A field's text refused: the message names the field and the text, in the user's language. */
    static final class BadField extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadField(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private FormFields() {
    }

    /**
     * @param key the bundle key of the field's label
     * @throws BadField "Body: "ten" is not a size (…)", in the user's language
     */
    static <T> T parse(ScenarioEditor editor, String key, TextField field, Supplier<T> parser) {
        return parse(editor, key, field.getText(), text -> parser.get());
    }

    /**
     * The value of a field's {@code text} (trimmed), or null when it is blank: an optional value
     * the model then takes as its default.
     *
     * @throws IllegalArgumentException naming the field and the bad value, in the user's language
     */
    static <T> T optional(ScenarioEditor editor, String key, String text, Function<String, T> parser) {
        return text == null || text.isBlank() ? null : parse(editor, key, text, parser);
    }

    /**
     * The value of a field's {@code text} (trimmed), which must be given.
     *
     * @throws IllegalArgumentException naming the field, blank or with a bad value, in the user's language
     */
    static <T> T required(ScenarioEditor editor, String key, String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            throw new BadField(editor.text("form.bad", editor.text(key), "", editor.text("form.needed")), null);
        }
        return parse(editor, key, text, parser);
    }

    private static <T> T parse(ScenarioEditor editor, String key, String text, Function<String, T> parser) {
        try {
            return parser.apply(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            throw new BadField(editor.text("form.bad", editor.text(key), text, editor.reason(e)), e);
        }
    }
}
