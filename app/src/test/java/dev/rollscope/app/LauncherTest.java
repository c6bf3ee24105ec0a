package dev.rollscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentOpensTheWindow() {
        assertThat(Launcher.opensWindow()).isTrue();
    }

    @Test
    void oneExistingFileOpensTheWindow() throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), "{}");

        assertThat(Launcher.opensWindow(file.toString())).isTrue();
    }

    @Test
    void aCommandRunsTheCommandLine() throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), "{}");

        assertThat(Launcher.opensWindow("validate", file.toString())).isFalse();
        assertThat(Launcher.opensWindow("--help")).isFalse();
    }

    @Test
    void aMissingFileOrADirectoryRunsTheCommandLine() {
        assertThat(Launcher.opensWindow(dir.resolve("missing.json").toString())).isFalse();
        assertThat(Launcher.opensWindow(dir.toString())).isFalse();
    }
}
