package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.shell.MainWindow;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.topology.RolloutSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: writes {@code inspector-model-refusal-1024-zh-light.png}, the main window in
 * Chinese with {@code 25%} typed into A's maxSurge (A is a MIG of 3 VMs, and a MIG takes a percentage
 * only from 10 instances): the inspector's hint, then the model's own reason, both in Chinese. To the
 * folder named by {@code -Drollscope.screenshots=DIR}; skipped without it. Run under Xvfb with GTK, as
 * {@link InspectorRefusalScreenshots}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class ModelRefusalScreenshot {

    private static final int[] SIZE = {1024, 700};

    @TempDir
    Path recovery;

    @Test
    void captureAPercentageSurgeOnASmallMig(FxRobot robot) throws Exception {
        Path file = ShotWindows.dir().resolve("inspector-model-refusal-1024-zh-light.png");
        ShotWindows.Opened w = ShotWindows.open(robot, recovery, Locale.SIMPLIFIED_CHINESE, Theme.LIGHT, SIZE, List.of());
        MainWindow window = w.window();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.workbench().findings().rows().isEmpty());
        robot.interact(() -> {
            window.workbench().document().select("A");
            window.workbench().document().selectedSettingProperty().set(RolloutSettings.MAX_SURGE);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#edit-rollout-maxSurge").tryQuery().isPresent());
        robot.sleep(500);
        TextField field = robot.lookup("#edit-rollout-maxSurge").queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write("25%").type(KeyCode.ENTER);
        robot.moveTo(new Point2D(w.stage().getX() + 5, w.stage().getY() + SIZE[1] / 2.0));
        robot.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        w.shoot(robot, file);
        w.close(robot);
        assertThat(file).isNotEmptyFile();
    }
}
