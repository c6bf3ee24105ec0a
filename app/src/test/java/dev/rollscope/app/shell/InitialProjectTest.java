package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.topology.Hop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialProjectTest {

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheBundledExampleOpens() {
        InitialProject initial = InitialProject.load(List.of());

        assertThat(initial.source()).isEqualTo("abcd-defaults.json");
        assertThat(initial.project().topology().hops()).extracting(Hop::id).containsExactly("A", "B", "C", "D");
        assertThat(initial.error()).isNull();
    }

    @Test
    void aGoodFileOpens() {
        Path example = Path.of("..", "examples", "kong-service-pods.json");

        InitialProject initial = InitialProject.load(List.of(example.toString()));

        assertThat(initial.source()).isEqualTo(example.toString());
        assertThat(initial.project().topology().hops()).extracting(Hop::id).containsExactly("C", "D");
    }

    @Test
    void aBadFileOpensTheBundledExampleAndSaysWhy() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": 3}");

        InitialProject initial = InitialProject.load(List.of(bad.toString()));

        assertThat(initial.source()).isEqualTo("abcd-defaults.json");
        assertThat(initial.error()).isEqualTo(bad + ":1:19: $.schemaVersion: unsupported schemaVersion 3: "
                + "this Rollscope reads schemaVersion 1");
    }
}
