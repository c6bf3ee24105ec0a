package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Help → About shows the version and the licences the build listed. */
class AboutDialogTest {

    @TempDir
    Path dir;

    private MainWindowFixture f;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aboutListsTheBundledLibrariesWithTheirLicences() {
        f = new MainWindowFixture(dir).open();

        Platform.runLater(f.window::showAbout);
        TextArea licences = f.awaitNode("#about-licences", TextArea.class);

        assertThat(licences.getText()).contains("(GPLv2+CE) javafx controls (org.openjfx:javafx-controls:21.0.12");
        assertThat(licences.getText()).contains("(MIT License) atlantafx-base");
        assertThat(f.robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .startsWith("Rollscope 0.1.0");
        f.robot.type(KeyCode.ESCAPE);
    }
}
