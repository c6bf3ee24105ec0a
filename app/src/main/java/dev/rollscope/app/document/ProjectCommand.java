package dev.rollscope.app.document;

import dev.rollscope.app.command.Command;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A command that replaces the document's project by a changed copy, and puts the old one back
 * on undo. The change runs once, in {@link #execute()}; if it throws, the document is untouched.
 * After an undo or redo the hop the command is about is selected, when it exists, so the user
 * sees what changed.
 */
public final class ProjectCommand implements Command {

    private final Document document;
    private final Function<Messages, String> description;
    private final String hopId;
    private final UnaryOperator<Project> change;
    private Project before;
    private Project after;

    /**
     * @param description the command's name in the language it is given, built from values fixed now
     * @param hopId  the hop to select after undo and redo, or null
     * @param change computes the new project from the current one; throws to refuse
     */
    public ProjectCommand(Document document, Function<Messages, String> description, String hopId,
            UnaryOperator<Project> change) {
        this.document = Objects.requireNonNull(document, "document");
        this.description = Objects.requireNonNull(description, "description");
        this.hopId = hopId;
        this.change = Objects.requireNonNull(change, "change");
    }

    @Override
    public void execute() {
        Project current = document.project();
        Project next = Objects.requireNonNull(change.apply(current), "changed project");
        before = current;
        after = next;
        document.replace(after);
    }

    @Override
    public void undo() {
        show(before);
    }

    @Override
    public void redo() {
        show(after);
    }

    @Override
    public String description(Messages messages) {
        return description.apply(messages);
    }

    private void show(Project project) {
        document.replace(project);
        if (hopId != null && project.topology().hop(hopId).isPresent()) {
            document.select(hopId);
        }
    }
}
