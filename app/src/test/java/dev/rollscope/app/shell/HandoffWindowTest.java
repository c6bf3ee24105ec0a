package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.desktop.Handoff;
import dev.rollscope.app.desktop.SingleInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A file a second launch hands over opens in the running window, as File → Open would open it. */
class HandoffWindowTest extends MainWindowTestBase {

    private static final Path KONG = Path.of("..", "examples", "kong-service-pods.json");

    private SingleInstance running;

    @AfterEach
    void stopServing() {
        running.close();
    }

    /** The window on the bundled example, serving handoffs as the launcher's first instance does. */
    private Path openServing() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("run"));
        open();
        running = SingleInstance.claim(folder, Handoff.of(null));
        f.robot.interact(() -> f.window.acceptHandoffs(running.server().orElseThrow()));
        return folder;
    }

    @Test
    void aHandedOverFileOpensInTheRunningWindow() throws IOException {
        Path folder = openServing();
        f.awaitStatus("roll A: 2 of 2 requests failed");

        assertThat(SingleInstance.claim(folder, Handoff.of(KONG)).handedOff()).isTrue();

        f.awaitStatus("GET during pod replacement");
        assertThat(f.stage.getTitle()).isEqualTo("kong-service-pods.json — Rollscope");
        assertThat(f.bench().session().fileProperty().get()).isEqualTo(KONG.toAbsolutePath().normalize());
        assertThat(f.bench().session().recent().files()).containsExactly(KONG.toAbsolutePath().normalize());
    }

    @Test
    void withUnsavedChangesTheWindowAsksFirstAndCancelKeepsThem() throws IOException {
        Path folder = openServing();
        f.robot.interact(() -> f.bench().document().select("B"));
        f.robot.clickOn("#palette-generic_l7");
        assertThat(f.stage.getTitle()).isEqualTo("• abcd-defaults.json — Rollscope");

        assertThat(SingleInstance.claim(folder, Handoff.of(KONG)).handedOff()).isTrue();
        f.awaitNode(".dialog-pane", Node.class);
        f.robot.clickOn("Cancel");

        assertThat(f.stage.getTitle()).isEqualTo("• abcd-defaults.json — Rollscope");
        assertThat(f.bench().document().project().topology().hop("E")).isPresent();
    }
}
