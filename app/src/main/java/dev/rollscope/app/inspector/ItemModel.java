package dev.rollscope.app.inspector;

import dev.rollscope.app.document.EditRefusedException;
import dev.rollscope.app.document.Editor;
import dev.rollscope.model.Project;
import dev.rollscope.model.topology.SettingCatalog;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The view model of one inspector row: the hop field's current value, default and modified flag,
 * and the error of the text last checked. Text is applied only when the whole project it would
 * produce is valid, and then always as one undoable command. The project a text gives is built once:
 * checking the text builds it, applying the same text to the same project uses it.
 */
public final class ItemModel {

    private final Editor editor;
    private final ItemBinding binding;
    private final ItemText text;
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value");
    private final ReadOnlyStringWrapper defaultValue = new ReadOnlyStringWrapper(this, "defaultValue");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private Candidate checked;

    /**
     * What a text gives from a project: the project it builds, or why it is refused.
     *
     * @param built   the new project, or null when the text is refused
     * @param problem why the text is refused, or null
     */
    private record Candidate(Project base, String text, Project built, String problem) {
    }

    ItemModel(Editor editor, ItemBinding binding, ItemText text) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.binding = Objects.requireNonNull(binding, "binding");
        this.text = Objects.requireNonNull(text, "text");
        refresh(editor.document().project());
    }

    // Properties

    /** The field id: a setting id such as {@code proxy.upstreamReadTimeout}, {@code hop.name}, {@code client.upload}. */
    public String id() {
        return binding.id();
    }

    public ItemText text() {
        return text;
    }

    /** The current value, formatted (an enum constant's name for choices, true/false for flags). */
    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** The default for the hop's profile, formatted, or null when the field has no default. */
    public ReadOnlyStringProperty defaultValueProperty() {
        return defaultValue.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** Why the text last checked or applied was refused, or null when it was fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public List<String> choices() {
        return text.choices();
    }

    // Commands

    /** Checks text without applying it; the result is also kept in {@link #errorProperty()}. */
    public Optional<String> check(String candidate) {
        String problem = candidate.equals(value.get()) ? null : candidate(candidate).problem();
        error.set(problem);
        return Optional.ofNullable(problem);
    }

    /** Applies text as one undoable command when it is valid; returns false and keeps the error otherwise. */
    public boolean apply(String candidate) {
        if (check(candidate).isPresent()) {
            return false;
        }
        if (!candidate.equals(value.get())) {
            binding.apply(editor, candidate(candidate).built());
        }
        return true;
    }

    /** Puts the default back, as an undoable command. Does nothing for a field without default. */
    public void reset() {
        if (defaultValue.get() != null) {
            apply(defaultValue.get());
        }
    }

    /** Undoes the document's last edit, as the Undo command does. */
    void undoDocument() {
        if (editor.document().commands().canUndoProperty().get()) {
            editor.document().commands().undo();
        }
    }

    /** Redoes the document's last undone edit, as the Redo command does. */
    void redoDocument() {
        if (editor.document().commands().canRedoProperty().get()) {
            editor.document().commands().redo();
        }
    }

    void refresh(Project project) {
        value.set(binding.read(project));
        defaultValue.set(binding.defaultValue(project).orElse(null));
        modified.set(defaultValue.get() != null && !defaultValue.get().equals(value.get()));
        error.set(null);
    }

    /** What the text gives from the current project: built now, or the one built last when it was the same. */
    private Candidate candidate(String candidate) {
        Project base = editor.document().project();
        if (checked == null || checked.base() != base || !checked.text().equals(candidate)) {
            checked = build(base, candidate);
        }
        return checked;
    }

    private Candidate build(Project base, String candidate) {
        try {
            return new Candidate(base, candidate, binding.preview(editor, candidate), null);
        } catch (EditRefusedException e) {
            return new Candidate(base, candidate, null, e.message(editor.messages()));
        } catch (IllegalArgumentException e) {
            String why = SettingCatalog.byId(id()).flatMap(s -> InputRefusal.of(s, value.get()))
                    .map(r -> r.explain(candidate, editor.messages())).orElse(text.hint() + "\n" + editor.messages().reason(e));
            return new Candidate(base, candidate, null, why);
        }
    }
}
