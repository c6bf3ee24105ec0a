package dev.rollscope.app.command;

import dev.rollscope.app.i18n.Messages;

/**
 * One undoable edit. The {@link CommandStack} calls {@link #execute()} once, then {@link #undo()}
 * and {@link #redo()} alternately. {@code execute} either completes the edit or throws and leaves
 * everything as it was; a command that threw is never pushed.
 */
public interface Command {

    void execute();

    void undo();

    void redo();

    /**
     * What the command does, in the language of {@code messages}, to follow "Undo " or "Redo ".
     * Asked each time a label is shown, so the name follows a change of language.
     */
    String description(Messages messages);
}
