package dev.rollscope.app.shell;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a new window shows first: the file named by the first argument, read before the window is
 * built so that the window opens on it; the bundled example when there is none, or when it cannot
 * be read ({@link #error()}, reported once the window shows).
 *
 * @param project the project to show
 * @param name    its name for the title: the file's name or the example's
 * @param file    the file it belongs to, null for the example
 * @param error   why the requested file was not opened, null when it was (or none was requested)
 */
record InitialDocument(Project project, String name, Path file, ProjectFileException error) {

    /** As {@link #of}; a bundled example that cannot be read is a bug of the build. */
    static InitialDocument read(List<String> args) {
        try {
            return of(args);
        } catch (ProjectFileException e) {
            throw new IllegalStateException("the build bundled a bad example: " + e.getMessage(), e);
        }
    }

    static InitialDocument of(List<String> args) throws ProjectFileException {
        ProjectFileException error = null;
        if (!args.isEmpty()) {
            Path file = Path.of(args.get(0));
            try {
                return new InitialDocument(ProjectFile.read(file), file.getFileName().toString(), file, null);
            } catch (ProjectFileException e) {
                error = e;
            }
        }
        return new InitialDocument(Examples.read(Examples.DEFAULT), Examples.DEFAULT, null, error);
    }
}
