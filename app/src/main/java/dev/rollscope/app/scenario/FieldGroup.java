package dev.rollscope.app.scenario;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Fields that are applied together as one undoable command, and why their text is refused: checked
 * as the user types (as the inspector does) and again when applied. Whether a value is refused is
 * the model's to say; this only carries its reason to the view.
 */
final class FieldGroup {

    /** The change the fields describe. */
    interface Change {
        /** Why the model would refuse it, in a line; empty when it takes it. Changes nothing. */
        Optional<String> refusal();

        /** Makes it, as one undoable command. */
        void make();
    }

    private final ScenarioEditor editor;
    private final Supplier<Change> read;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private boolean showing;

    /**
     * {@code read} turns the fields' text into a change; it throws {@link FormFields.BadField} for a
     * field's text that is no value and {@link IllegalArgumentException} for values the model refuses.
     */
    FieldGroup(ScenarioEditor editor, Supplier<Change> read) {
        this.editor = editor;
        this.read = read;
    }

    /** Checks the group whenever one of {@code fields} changes (not while {@link #show} fills them). */
    void watch(Observable... fields) {
        for (Observable f : fields) {
            f.addListener(o -> {
                if (!showing) {
                    check();
                }
            });
        }
    }

    /** Why the fields' text is refused, or null while it is fine. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Fills the fields with what the project holds; no reason is shown for it. */
    void show(Runnable fill) {
        showing = true;
        try {
            fill.run();
        } finally {
            showing = false;
        }
        error.set(null);
    }

    /** Checks the fields without applying them; the reason is kept in {@link #errorProperty()}. */
    Optional<String> check() {
        try {
            return refused(read.get().refusal());
        } catch (IllegalArgumentException e) {
            return refused(Optional.of(why(e)));
        }
    }

    /** Applies the fields as one command when the model takes them; returns false and keeps the reason otherwise. */
    boolean apply() {
        Change change;
        try {
            change = read.get();
        } catch (IllegalArgumentException e) {
            refused(Optional.of(why(e)));
            return false;
        }
        if (refused(change.refusal()).isPresent()) {
            return false;
        }
        change.make();
        error.set(null);
        return true;
    }

    private String why(IllegalArgumentException e) {
        return e instanceof FormFields.BadField ? e.getMessage() : editor.text("edit.refused", editor.reason(e));
    }

    private Optional<String> refused(Optional<String> why) {
        error.set(why.orElse(null));
        return why;
    }
}
