package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.preferences.TestPreferences;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** File → Import… in the real main window: Ctrl+I opens it for the selected hop, and Esc closes it having changed nothing. */
@ExtendWith(ApplicationExtension.class)
class ImportMenuTest {

    @TempDir
    Path recovery;

    private final TestPreferences prefs = new TestPreferences();
    private MainWindow window;
    private Stage stage;

    @AfterEach
    void close() {
        new FxRobot().interact(() -> {
            window.workbench().document().markSaved();
            window.quit();
        });
        prefs.remove();
    }

    @Test
    void ctrlIOpensTheImportForTheSelectedHop(FxRobot robot) {
        ShellSettings settings = new ShellSettings(prefs.preferences(), new RecoveryStore(recovery), Duration.hours(1),
                Locale.ENGLISH);
        robot.interact(() -> {
            stage = new Stage();
            window = MainWindow.open(stage, settings, List.of());
            window.workbench().document().select("C");
        });
        WaitForAsyncUtils.waitForFxEvents();
        var before = window.workbench().document().project();

        robot.press(KeyCode.CONTROL).press(KeyCode.I).release(KeyCode.I).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#import-hop").queryAs(ChoiceBox.class).getValue()).isEqualTo("C");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import").tryQuery()).isEmpty();
        assertThat(window.workbench().document().project()).isSameAs(before);
    }
}
