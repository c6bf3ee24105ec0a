package dev.rollscope.app.shell;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.AtomicWrite;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The recovery file: the unsaved project as a Rollscope file ({@code recovery.json}, written
 * atomically) and beside it where it came from ({@code recovery.properties}). It exists only while
 * a session has unsaved changes, so finding it at start means the last session ended without
 * closing (a crash, a kill).
 */
public final class RecoveryStore {

    static final String PROJECT = "recovery.json";
    static final String ABOUT = "recovery.properties";

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** The store in the user's Rollscope folder ({@code ~/.rollscope}). */
    public static RecoveryStore forCurrentUser() {
        return new RecoveryStore(Path.of(System.getProperty("user.home"), ".rollscope"));
    }

    /** Replaces the recovery file by this project. */
    public void write(Project project, Path source, String name) throws IOException {
        Files.createDirectories(folder);
        Properties about = new Properties();
        about.setProperty("name", name);
        about.setProperty("savedAt", Instant.now().toString());
        if (source != null) {
            about.setProperty("source", source.toAbsolutePath().toString());
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve(ABOUT), StandardCharsets.UTF_8)) {
            about.store(w, "Rollscope recovery: what recovery.json was autosaved from");
        }
        ProjectFile.write(project, folder.resolve(PROJECT));
    }

    /** What an earlier session left, or empty when it closed cleanly (or left an unreadable file). */
    public Optional<RecoveredProject> find() {
        Path file = folder.resolve(PROJECT);
        AtomicWrite.removeLeftovers(file);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Project project = ProjectFile.read(file);
            Properties about = about();
            String source = about.getProperty("source");
            return Optional.of(new RecoveredProject(project, source == null ? null : Path.of(source),
                    about.getProperty("name", PROJECT), savedAt(about)));
        } catch (ProjectFileException e) {
            return Optional.empty();
        }
    }

    /** Removes the recovery file: the changes were saved, discarded, or the session closed. */
    public void delete() {
        try {
            Files.deleteIfExists(folder.resolve(PROJECT));
            Files.deleteIfExists(folder.resolve(ABOUT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties about() {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(folder.resolve(ABOUT), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return p;
        }
        return p;
    }

    private Instant savedAt(Properties about) {
        try {
            return Instant.parse(about.getProperty("savedAt", ""));
        } catch (DateTimeParseException e) {
            try {
                return Files.getLastModifiedTime(folder.resolve(PROJECT)).toInstant();
            } catch (IOException io) {
                return Instant.EPOCH;
            }
        }
    }
}
