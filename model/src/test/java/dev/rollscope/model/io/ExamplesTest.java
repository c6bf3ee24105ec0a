package dev.rollscope.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in examples/ loads, is valid, is described in examples/README.md and writes back byte-identical. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(json).hasSizeGreaterThanOrEqualTo(3);
            return json;
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anExampleWritesBackByteIdentical(Path example) throws IOException, ProjectFileException {
        Project project = ProjectFile.read(example);

        assertThat(ProjectFile.format(project).getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(example));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anExampleHasScenariosAndIsDescribedInTheReadme(Path example) throws IOException, ProjectFileException {
        Project project = ProjectFile.read(example);

        assertThat(project.scenarios()).isNotEmpty();
        assertThat(project.topology().description()).isNotBlank();
        assertThat(Files.readString(EXAMPLES.resolve("README.md"))).contains("`" + example.getFileName() + "`");
    }
}
