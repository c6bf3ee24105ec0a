package dev.rollscope.app.inspector;

import java.util.List;
import java.util.function.Function;

/**
 * What an inspector row shows around its value, in the user's language.
 *
 * @param category    the group the row is shown in
 * @param label       the row's name
 * @param meaning     the one-line meaning
 * @param unit        the unit or type ("time", "size", ...)
 * @param hint        how to write a value, shown with a refusal
 * @param source      where the default comes from (domain.md section), or null
 * @param editorKind  which editor the row gets
 * @param choices     for {@link EditorKind#CHOICE}: the values, as formatted
 * @param choiceNames for {@link EditorKind#CHOICE}: the display name of a value
 */
public record ItemText(String category, String label, String meaning, String unit, String hint, String source,
                       EditorKind editorKind, List<String> choices, Function<String, String> choiceNames) {

    /** The kinds of editor a row can have. */
    public enum EditorKind { TEXT, FLAG, CHOICE }

    public ItemText {
        choices = List.copyOf(choices);
    }
}
