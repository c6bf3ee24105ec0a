package dev.rollscope.app.importing;

import dev.rollscope.app.command.Command;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.DocumentProvenance;
import dev.rollscope.app.document.ProjectCommand;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.importing.ImportResult;
import dev.rollscope.model.importing.Provenance;
import java.util.function.Function;

/**
 * An import as one edit: the project with every imported value, and the document's provenance
 * with the import's entries merged in. Undo puts both back as they were; redo sets both again.
 */
final class ImportCommand implements Command {

    private final ProjectCommand project;
    private final DocumentProvenance store;
    private final Provenance imported;
    private Provenance before;
    private Provenance after;

    ImportCommand(Document document, Function<Messages, String> description, String hopId, ImportResult result) {
        this.project = new ProjectCommand(document, description, hopId, p -> result.project());
        this.store = document.provenance();
        this.imported = result.provenance();
    }

    @Override
    public void execute() {
        project.execute();
        before = store.get();
        after = before.merge(imported);
        store.set(after);
    }

    @Override
    public void undo() {
        project.undo();
        store.set(before);
    }

    @Override
    public void redo() {
        project.redo();
        store.set(after);
    }

    @Override
    public String description(Messages messages) {
        return project.description(messages);
    }
}
