package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The {@code FILE} argument of a command that reads a Rollscope file (a picocli mixin). */
final class ProjectFileParameter {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    Path file() {
        return file;
    }

    /**
     * @throws ProjectFileException when the file is not a valid Rollscope file; {@link RollscopeCli}
     *                              prints its one-line message and exits with {@link ExitCodes#INVALID}
     */
    Project read() throws ProjectFileException {
        return ProjectFile.read(file);
    }
}
