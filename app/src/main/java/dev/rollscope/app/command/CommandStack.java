package dev.rollscope.app.command;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one undo stack of a document. Every executed, undone or redone command bumps
 * {@link #revisionProperty()}, so views can refresh on a single property. Pushing, undoing or
 * redoing from inside a listener that a command's effect triggered throws
 * {@link IllegalStateException}: an edit must never start another one behind the user's back.
 *
 * <p>The stack also remembers a save point; {@link #atSavePointProperty()} is true while the
 * document is in the state it had when {@link #markSavePoint()} was last called.
 */
public final class CommandStack {

    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyObjectWrapper<Command> undoCommand = new ReadOnlyObjectWrapper<>(this, "undoCommand");
    private final ReadOnlyObjectWrapper<Command> redoCommand = new ReadOnlyObjectWrapper<>(this, "redoCommand");
    private final ReadOnlyBooleanWrapper atSavePoint = new ReadOnlyBooleanWrapper(this, "atSavePoint", true);
    private Command savePoint;
    private boolean savePointLost;
    private boolean busy;

    // Properties

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The command {@link #undo()} would revert, or null when there is none. */
    public ReadOnlyObjectProperty<Command> undoCommandProperty() {
        return undoCommand.getReadOnlyProperty();
    }

    /** The command {@link #redo()} would repeat, or null when there is none. */
    public ReadOnlyObjectProperty<Command> redoCommandProperty() {
        return redoCommand.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty atSavePointProperty() {
        return atSavePoint.getReadOnlyProperty();
    }

    // Commands

    /**
     * Executes a command and puts it on the undo stack; the redo stack is cleared.
     *
     * @throws IllegalStateException when called while another command is being run
     * @throws RuntimeException whatever the command threw; nothing is pushed then
     */
    public void push(Command command) {
        Objects.requireNonNull(command, "command");
        run(() -> {
            command.execute();
            done.push(command);
            undone.clear();
        });
    }

    /** Reverts the last done command. @throws IllegalStateException when there is none, or while busy */
    public void undo() {
        run(() -> {
            requireNonEmpty(done, "undo");
            done.peek().undo();
            undone.push(done.pop());
        });
    }

    /** Repeats the last undone command. @throws IllegalStateException when there is none, or while busy */
    public void redo() {
        run(() -> {
            requireNonEmpty(undone, "redo");
            undone.peek().redo();
            done.push(undone.pop());
        });
    }

    /** Forgets every command; the current state becomes the save point. */
    public void clear() {
        run(() -> {
            done.clear();
            undone.clear();
            savePoint = null;
            savePointLost = false;
        });
    }

    /** Records the current state as saved. */
    public void markSavePoint() {
        requireIdle();
        savePoint = done.peek();
        savePointLost = false;
        atSavePoint.set(true);
    }

    /**
     * Records that no state of the stack is saved (changes recovered from an autosave): not at the
     * save point until the next {@link #markSavePoint()}.
     */
    public void forgetSavePoint() {
        requireIdle();
        savePointLost = true;
        atSavePoint.set(false);
    }

    private void run(Runnable action) {
        requireIdle();
        busy = true;
        try {
            action.run();
            afterChange();
        } finally {
            busy = false;
        }
    }

    private void afterChange() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoCommand.set(done.peek());
        redoCommand.set(undone.peek());
        atSavePoint.set(!savePointLost && done.peek() == savePoint);
        revision.set(revision.get() + 1);
    }

    private void requireIdle() {
        if (busy) {
            throw new IllegalStateException("a command cannot be pushed, undone or redone while another one runs "
                    + "(from inside a listener of its change)");
        }
    }

    private static void requireNonEmpty(Deque<Command> stack, String what) {
        if (stack.isEmpty()) {
            throw new IllegalStateException("nothing to " + what);
        }
    }
}
