package dev.rollscope.app.shell;

import dev.rollscope.model.io.ProjectFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions and messages the shell's view models put to the user. The window implements it
 * with dialogs ({@link FxDialogs}); tests answer with a fake, so the view models run without a
 * window.
 */
public interface DialogService {

    /** The answer to "save the changes to ... first?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** Asks whether to save the unsaved changes of the named document before it is replaced. */
    SaveChoice askToSave(String documentName);

    /** A file to open, or empty when the user cancelled. */
    Optional<Path> chooseFileToOpen(Path folder);

    /** Where to save, or empty when the user cancelled. */
    Optional<Path> chooseFileToSave(Path folder, String suggestedName);

    /** Says that a file cannot be opened and where it is wrong; the current document stays. */
    void showFileError(ProjectFileException error);

    /** Says that something failed: a file that could not be written, an example that could not be read. */
    void showError(String message);

    /** Offers the changes an earlier session left unsaved; true to restore them. */
    boolean offerRecovery(RecoveredProject recovered);
}
