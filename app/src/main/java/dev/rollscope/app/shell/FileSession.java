package dev.rollscope.app.shell;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.io.AtomicWrite;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The file side of the window: which file the document belongs to (none for a new document or
 * an example), the window title with its dirty marker, and new, open, save, save as and close.
 * Replacing a document with unsaved changes asks first (save, discard or cancel); a file that
 * cannot be read is reported and the current document stays. Saving is atomic
 * ({@link ProjectFile#write}).
 */
public final class FileSession {

    private final Document document;
    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>(this, "messages");
    private final DialogService dialogs;
    private final RecentFiles recent;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyIntegerWrapper opened = new ReadOnlyIntegerWrapper(this, "opened");
    private Path folder = Path.of("").toAbsolutePath();

    public FileSession(Document document, Messages messages, DialogService dialogs, RecentFiles recent) {
        this.document = Objects.requireNonNull(document, "document");
        this.messages.set(messages);
        this.dialogs = dialogs;
        this.recent = recent;
        name.set(messages.get("file.untitled"));
        title.bind(Bindings.createStringBinding(() -> this.messages.get().format(
                document.isDirty() ? "window.title.dirty" : "window.title", name.get()), name, document.dirtyProperty(),
                this.messages));
    }

    /** Speaks {@code next}'s language from now on: the title at once, and "Untitled" when that is the name. */
    void speak(Messages next) {
        if (file.get() == null && name.get().equals(messages.get().get("file.untitled"))) {
            name.set(next.get("file.untitled"));
        }
        messages.set(next);
    }

    // Properties

    public Document document() {
        return document;
    }

    public RecentFiles recent() {
        return recent;
    }

    /** The file the document is saved to, or null when it has none yet. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The document's name: its file's name, the example's, or "Untitled". */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** "name — Rollscope", with "• " in front while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Counts the documents shown so far: bumps each time another document replaces the current one. */
    public ReadOnlyIntegerProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    // Commands

    /** Names the document the session starts with (an example, no file). */
    void showInitial(String initialName) {
        name.set(initialName);
    }

    /** Makes the document the session started with belong to {@code path}, read from it before. */
    void showInitialFile(Path path) {
        setFile(path, path.getFileName().toString());
        recent.add(path);
        readProvenance(path);
    }

    /** Replaces the document by a new one-hop project. @return false when the user cancelled */
    public boolean newProject() {
        return replace(NewProject.create(messages.get()), null, messages.get().get("file.untitled"));
    }

    /** Asks for a file and opens it. @return true when a file was opened */
    public boolean open() {
        return dialogs.chooseFileToOpen(folder).map(this::open).orElse(false);
    }

    /** Opens a file; a bad one is reported and changes nothing. @return true when it was opened */
    public boolean open(Path path) {
        Project project;
        AtomicWrite.removeLeftovers(path);
        try {
            project = ProjectFile.read(path);
        } catch (ProjectFileException e) {
            dialogs.showFileError(e);
            return false;
        }
        if (!replace(project, path, path.getFileName().toString())) {
            return false;
        }
        recent.add(path);
        readProvenance(path);
        return true;
    }

    /** Reads where the file's imported values came from ({@code NAME.json.imports}); a bad one is reported. */
    private void readProvenance(Path path) {
        try {
            document.provenance().read(path);
        } catch (ImportException e) {
            dialogs.showError(messages.get().format("file.badImports", messages.get().reason(e)));
        }
    }

    /** Opens a bundled example as a new document (saving it asks where). */
    public boolean openExample(String example) {
        try {
            return replace(Examples.read(example), null, example);
        } catch (ProjectFileException e) {
            dialogs.showError(messages.get().reason(e));
            return false;
        }
    }

    /** Puts back changes an earlier session left unsaved; they stay unsaved. */
    public void recover(RecoveredProject recovered) {
        show(recovered.project(), recovered.source(), recovered.name());
        document.markUnsaved();
    }

    /** Saves to the document's file, or asks where when it has none. @return true when saved */
    public boolean save() {
        Path target = file.get();
        return target == null ? saveAs() : saveTo(target);
    }

    /** Asks where, then saves there; the document then belongs to that file. @return true when saved */
    public boolean saveAs() {
        String suggested = name.get().endsWith(".json") ? name.get() : name.get() + ".json";
        return dialogs.chooseFileToSave(folder, suggested).map(this::saveTo).orElse(false);
    }

    /** Saves to {@code target}; the document then belongs to it. A failure is reported. @return true when saved */
    public boolean saveTo(Path target) {
        try {
            ProjectFile.write(document.project(), target);
            document.provenance().write(target);
        } catch (IOException e) {
            dialogs.showError(messages.get().format("file.cannotSave", target, reason(e))
                    + messages.get().get("file.unchanged"));
            return false;
        }
        document.markSaved();
        setFile(target, target.getFileName().toString());
        recent.add(target);
        return true;
    }

    /**
     * Why a write failed, without the temporary file's name the file system names (a read-only
     * directory: "Read-only file system", not ".project.json.UUID.tmp: Read-only file system").
     */
    private static String reason(IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return Optional.ofNullable(reason).orElse(e.getClass().getSimpleName());
    }

    /**
     * Asks what to do with unsaved changes before the document goes away (close, new, open).
     *
     * @return true when the document may go: it was clean, saved, or the user discarded the changes
     */
    public boolean confirmDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSave(name.get())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private boolean replace(Project project, Path path, String newName) {
        if (!confirmDiscard()) {
            return false;
        }
        show(project, path, newName);
        return true;
    }

    private void show(Project project, Path path, String newName) {
        document.open(project);
        setFile(path, newName);
        opened.set(opened.get() + 1);
    }

    private void setFile(Path path, String newName) {
        file.set(path);
        name.set(newName);
        if (path != null && path.toAbsolutePath().getParent() != null) {
            folder = path.toAbsolutePath().getParent();
        }
    }
}
