package dev.rollscope.app.shell;

import dev.rollscope.model.io.ProjectFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} that answers as a test tells it and records what it was asked. */
final class FakeDialogs implements DialogService {

    SaveChoice saveChoice = SaveChoice.CANCEL;
    Path fileToOpen;
    Path fileToSave;
    boolean restore;
    final List<String> asked = new ArrayList<>();
    final List<ProjectFileException> fileErrors = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public SaveChoice askToSave(String documentName) {
        asked.add(documentName);
        return saveChoice;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        asked.add("save as " + suggestedName);
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public void showFileError(ProjectFileException error) {
        fileErrors.add(error);
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public boolean offerRecovery(RecoveredProject recovered) {
        asked.add("recover " + recovered.name());
        return restore;
    }
}
