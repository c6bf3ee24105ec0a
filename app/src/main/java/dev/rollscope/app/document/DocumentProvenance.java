package dev.rollscope.app.document;

import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.Provenance;
import dev.rollscope.model.importing.ProvenanceFile;
import dev.rollscope.model.importing.SourceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where the document's imported values came from ({@link Provenance}), kept with the document as
 * the command line keeps it: {@code NAME.json.imports} beside the project file, read when the file
 * is opened and written when it is saved. In memory the file names are relative to one directory
 * for the document's whole life ({@link #files()}: the project file's directory, or for a project
 * not saved yet the directory of the first files imported), so that every provenance an undo puts
 * back means the same files; saving writes them relative to the project file's directory.
 */
public final class DocumentProvenance {

    private final ReadOnlyObjectWrapper<Provenance> provenance =
            new ReadOnlyObjectWrapper<>(this, "provenance", Provenance.EMPTY);
    private SourceFiles files;

    DocumentProvenance() {
    }

    /** The provenance of the document as it is now (an import's undo puts the earlier one back). */
    public ReadOnlyObjectProperty<Provenance> provenanceProperty() {
        return provenance.getReadOnlyProperty();
    }

    public Provenance get() {
        return provenance.get();
    }

    /** Resolves the file names of {@link #get()}; null while nothing was imported or read. */
    public SourceFiles files() {
        return files;
    }

    /** The directory names are relative to, chosen now as {@code directory} when none is yet. */
    public SourceFiles files(Path directory) {
        if (files == null) {
            files = new SourceFiles(directory);
        }
        return files;
    }

    /** Makes {@code next} the provenance (an import, or its undo); its names are relative to {@link #files()}. */
    public void set(Provenance next) {
        provenance.set(Objects.requireNonNull(next, "provenance"));
    }

    /** Forgets the provenance: another document is shown ({@code projectFile} may be null). */
    void reset(Path projectFile) {
        files = projectFile == null ? null : new SourceFiles(directoryOf(projectFile));
        provenance.set(Provenance.EMPTY);
    }

    /**
     * Reads the provenance beside {@code projectFile}, which the document was just read from.
     *
     * @throws ImportException when the {@code .imports} file is not one; the provenance is then empty
     */
    public void read(Path projectFile) throws ImportException {
        reset(projectFile);
        provenance.set(ProvenanceFile.read(projectFile));
    }

    /**
     * Writes the provenance beside {@code projectFile}, which the document was just saved to, with
     * names relative to its directory. Nothing is written for a document that has no provenance and
     * no {@code .imports} file.
     */
    public void write(Path projectFile) throws IOException {
        Provenance p = provenance.get();
        if (p.equals(Provenance.EMPTY) && !Files.exists(ProvenanceFile.beside(projectFile))) {
            return;
        }
        SourceFiles target = new SourceFiles(directoryOf(projectFile));
        ProvenanceFile.write(files == null ? p : p.rebase(files, target), projectFile);
    }

    private static Path directoryOf(Path projectFile) {
        Path parent = projectFile.toAbsolutePath().getParent();
        return parent == null ? projectFile.toAbsolutePath() : parent;
    }
}
