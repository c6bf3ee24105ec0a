package dev.rollscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    void newWindowInFrontOfNothingOrOneFileOpensTheWindow() throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), "{}");

        assertThat(Launcher.opensWindow(Launcher.NEW_WINDOW)).isTrue();
        assertThat(Launcher.opensWindow(Launcher.NEW_WINDOW, file.toString())).isTrue();
        assertThat(Launcher.opensWindow(Launcher.NEW_WINDOW, "check", file.toString())).isFalse();
        assertThat(Launcher.opensWindow(file.toString(), Launcher.NEW_WINDOW)).isFalse();
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

    @Test
    void onLinuxTheWindowNeedsADisplayOrWayland() {
        assertThat(Launcher.hasDisplay("Linux", null, null)).isFalse();
        assertThat(Launcher.hasDisplay("Linux", " ", "")).isFalse();
        assertThat(Launcher.hasDisplay("Linux", ":0", null)).isTrue();
        assertThat(Launcher.hasDisplay("Linux", null, "wayland-0")).isTrue();
        assertThat(Launcher.hasDisplay("Mac OS X", null, null)).isTrue();
        assertThat(Launcher.hasDisplay("Windows 11", null, null)).isTrue();
    }

    /** The jar's entry point, started without a display: one clear line, exit 2, no stack trace. */
    @Test
    void withoutADisplayTheWindowSaysSoInOneLine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).contains("the window needs a display").doesNotContain("Exception");
    }

    /**
     * DISPLAY names a display where none answers (a stale variable, SSH without X forwarding): one line
     * saying so, exit 2, not an internal error. (Before, "internal error (a bug in Rollscope ...)", exit 3.)
     */
    @Test
    void aDisplayThatCannotBeOpenedIsSaidInOneLineNotAsAnInternalError() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", ":7913");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("HOME", dir.toString());           // no running Rollscope to hand the window to
        pb.environment().put("XDG_RUNTIME_DIR", dir.toString());
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).as(err).isEqualTo(2);
        assertThat(err).contains("rollscope: the window cannot open the display :7913: DISPLAY is set, but no display "
                + "answers there. Use the command line instead: java -jar rollscope.jar --help")
                .doesNotContain("internal error").doesNotContain("\tat ");
    }

    /** The hint names the command the user typed: the installed launcher (jpackage.app-path), else the jar. */
    @Test
    void theHintNamesTheCommandThatStartedRollscope() {
        assertThat(Launcher.command("/opt/rollscope/bin/rollscope")).isEqualTo("rollscope");
        assertThat(Launcher.command(null)).isEqualTo("java -jar rollscope.jar");
    }

    @Test
    void onlyJavaFxsRefusalToOpenTheDisplayIsTheUsersSetup() {
        assertThat(Launcher.displayCannotOpen(new RuntimeException("Exception in Application start method",
                new UnsupportedOperationException("Unable to open DISPLAY")))).isTrue();
        assertThat(Launcher.displayCannotOpen(new UnsupportedOperationException("Internal Error"))).isFalse();
        assertThat(Launcher.displayCannotOpen(new NullPointerException())).isFalse();
    }
}
