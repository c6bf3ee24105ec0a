package dev.rollscope.app.document;

import dev.rollscope.app.command.Command;
import dev.rollscope.app.command.CommandStack;
import dev.rollscope.app.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The labels of Undo and Redo for menus, buttons and tooltips: "Undo change of A's
 * proxy.upstreamReadTimeout", or plain "Undo" when there is nothing to undo. The command's name is
 * asked in this label's language, so labels made after a change of language say it in the new one.
 */
public final class UndoActions {

    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel");

    public UndoActions(CommandStack commands, Messages messages) {
        undoLabel.bind(label(commands.undoCommandProperty(), messages, "action.undo"));
        redoLabel.bind(label(commands.redoCommandProperty(), messages, "action.redo"));
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    private static StringBinding label(ReadOnlyObjectProperty<Command> command, Messages messages, String key) {
        return Bindings.createStringBinding(() -> command.get() == null ? messages.get(key + ".none")
                : messages.format(key, command.get().description(messages)), command);
    }
}
