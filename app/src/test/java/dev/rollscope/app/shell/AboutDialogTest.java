package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Help → About shows the version and the licences the build listed. */
class AboutDialogTest extends MainWindowTestBase {


    @Test
    void aboutListsTheBundledLibrariesWithTheirLicences() {
        open();

        Platform.runLater(f.window::showAbout);
        TextArea licences = f.awaitNode("#about-licences", TextArea.class);

        assertThat(licences.getText()).contains("(GPLv2+CE) javafx controls (org.openjfx:javafx-controls:21.0.12");
        assertThat(licences.getText()).contains("(MIT License) atlantafx-base");
        assertThat(f.robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .startsWith("Rollscope 0.1.0");
        f.robot.type(KeyCode.ESCAPE);
    }
}
