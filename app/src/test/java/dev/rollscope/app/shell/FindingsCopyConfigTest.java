package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** In the main window, Ctrl+Shift+C on a finding's line copies its fix as the change to the configuration. */
class FindingsCopyConfigTest extends MainWindowTestBase {

    @Test
    void ctrlShiftCOnAFindingCopiesItsFixAsConfiguration() throws Exception {
        open(Path.of("..", "examples", "failure-body-limit.json").toString());
        f.awaitStatus("upload: ");
        @SuppressWarnings("unchecked")
        TableView<FindingRow> findings = f.robot.lookup("#findings").queryAs(TableView.class);
        MainWindowFixture.await(() -> findings.getItems().stream().anyMatch(r -> r.subject().equals("body-limit")),
                "the body-limit finding listed");
        f.robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            findings.getSelectionModel().select(findings.getItems().stream()
                    .filter(r -> r.subject().equals("body-limit")).findFirst().orElseThrow());
            findings.requestFocus();
        });

        f.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);

        // FindingsModelTest has the whole text: A's 1 MiB limit raised to the 50 MB body, in nginx's whole MiB.
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).startsWith("# A.proxy.clientMaxBodySize → 50MB · nginx · ")
                .endsWith("\nclient_max_body_size 48m;\n");
    }
}
