package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.preferences.TestPreferences;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** What the window shows while the main window is built: the file's title and one line, then the main window. */
class OpeningWindowTest extends MainWindowTestBase {

    private final TestPreferences prefs = new TestPreferences();
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @AfterEach
    void closeStage() {
        robot.interact(() -> stage.close());
        prefs.remove();
    }

    @Test
    void theWindowShowsAtOnceWithTheFilesTitleAndTheMainWindowFollowsAfterItsFirstFrame() {
        ShellSettings settings = new ShellSettings(prefs.preferences(), new RecoveryStore(dir), Duration.hours(1),
                Locale.SIMPLIFIED_CHINESE);
        AtomicReference<Scene> sceneWhenBuilt = new AtomicReference<>();

        robot.interact(() -> {
            stage = new Stage();
            OpeningWindow.show(stage, settings, Messages.of(Locale.SIMPLIFIED_CHINESE), "kong-service-pods.json");
            assertThat(stage.isShowing()).isTrue();
            OpeningWindow.afterFirstFrame(stage.getScene(), () -> sceneWhenBuilt.set(stage.getScene()));
            assertThat(sceneWhenBuilt.get()).as("not before the first frame").isNull();
        });
        MainWindowFixture.await(() -> sceneWhenBuilt.get() != null, "the step after the first frame");

        assertThat(stage.getTitle()).isEqualTo("kong-service-pods.json — Rollscope");
        assertThat(((Label) stage.getScene().lookup("#opening")).getText()).isEqualTo("正在打开 kong-service-pods.json…");
    }
}
