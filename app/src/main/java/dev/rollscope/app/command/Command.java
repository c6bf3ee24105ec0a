package dev.rollscope.app.command;

/**
 * One undoable edit. The {@link CommandStack} calls {@link #execute()} once, then {@link #undo()}
 * and {@link #redo()} alternately. {@code execute} either completes the edit or throws and leaves
 * everything as it was; a command that threw is never pushed.
 */
public interface Command {

    void execute();

    void undo();

    void redo();

    /** What the command does, in the user's language, to follow "Undo " or "Redo ". */
    String description();
}
