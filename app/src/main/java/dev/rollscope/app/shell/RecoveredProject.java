package dev.rollscope.app.shell;

import dev.rollscope.model.Project;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Changes an earlier session autosaved and never saved: the project, the file it belonged to
 * (null for a document that had none), its name as the title showed it, and when it was autosaved.
 */
public record RecoveredProject(Project project, Path source, String name, Instant savedAt) {

    public RecoveredProject {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
