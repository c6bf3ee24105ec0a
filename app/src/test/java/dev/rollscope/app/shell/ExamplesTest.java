package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.io.ProjectFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExamplesTest {

    @Test
    void everyExampleOfTheRepositoryIsBundledWithTheSeedChainFirst() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            assertThat(Examples.names()).containsExactlyInAnyOrderElementsOf(files
                    .map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).toList());
        }
        assertThat(Examples.names()).first().isEqualTo("abcd-defaults.json");
        assertThat(Examples.names()).hasSizeGreaterThan(2);
    }

    @Test
    void everyBundledExampleReads() throws ProjectFileException {
        for (String name : Examples.names()) {
            assertThat(Examples.read(name).topology().hops()).as(name).isNotEmpty();
        }
    }

    @Test
    void anUnknownExampleIsRefusedByName() {
        assertThatThrownBy(() -> Examples.read("nope.json")).isInstanceOf(ProjectFileException.class)
                .hasMessage("nope.json: no such example in this build");
    }
}
