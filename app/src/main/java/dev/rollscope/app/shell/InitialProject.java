package dev.rollscope.app.shell;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * What the window opens with: the file named on the command line, or else the example bundled in
 * the jar. When the file cannot be read, the bundled example is opened and {@link #error} says why.
 *
 * @param source what was opened, for the title: the file's path or the example's name
 * @param error  the file's one-line error, or null when the requested project opened
 */
public record InitialProject(String source, Project project, String error) {

    static final String EXAMPLE = "abcd-defaults.json";
    private static final String EXAMPLE_RESOURCE = "/dev/rollscope/app/examples/" + EXAMPLE;

    /** Opens the first argument as a file, or the bundled example when there is none. */
    public static InitialProject load(List<String> args) {
        if (args.isEmpty()) {
            return bundledExample(null);
        }
        Path file = Path.of(args.get(0));
        try {
            return new InitialProject(file.toString(), ProjectFile.read(file), null);
        } catch (ProjectFileException e) {
            return bundledExample(e.getMessage());
        }
    }

    private static InitialProject bundledExample(String error) {
        try (InputStream in = InitialProject.class.getResourceAsStream(EXAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build did not bundle " + EXAMPLE_RESOURCE);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new InitialProject(EXAMPLE, ProjectFile.parse(json, EXAMPLE), error);
        } catch (IOException | ProjectFileException e) {
            throw new IllegalStateException("the bundled example " + EXAMPLE_RESOURCE + " cannot be read", e);
        }
    }
}
