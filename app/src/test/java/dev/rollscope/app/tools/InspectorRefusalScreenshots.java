package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.shell.MainWindow;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Setting;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: writes screenshots of the main window with {@code 99999999h} typed into
 * A's upstream read timeout (the reason under the field, in its tooltip and in the status bar) at
 * 1024×700 and 1600×1000, in both languages and themes, to the folder named by
 * {@code -Drollscope.screenshots=DIR}: {@code inspector-invalid-SIZE-LANG-THEME.png} as the window
 * stands, and {@code inspector-invalid-tooltip-...} with the pointer on the field. Skipped without the
 * property. Run under Xvfb with GTK: it captures the screen, so the tooltip is seen over the window;
 * on a screen of exactly one of the sizes only that size is taken (a tooltip then stays on screen).
 * Also {@code inspector-model-refusal-1024-zh-light.png}: {@code 25%} typed into A's maxSurge (a MIG of
 * 3 VMs takes no percentage), the inspector's hint and then the model's own reason, both in Chinese.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class InspectorRefusalScreenshots {

    @TempDir
    Path recovery;

    @Test
    void captureARefusedTimeout(FxRobot robot) throws Exception {
        Path dir = ShotWindows.dir();
        Rectangle2D screen = Screen.getPrimary().getBounds();
        List<int[]> exact = ShotWindows.SIZES.stream()
                .filter(s -> s[0] == screen.getWidth() && s[1] == screen.getHeight()).toList();
        ShotWindows.each(exact.isEmpty() ? ShotWindows.SIZES : exact, (size, locale, theme, suffix) -> {
            capture(robot, locale, theme, size, dir.resolve("inspector-invalid-" + suffix),
                    dir.resolve("inspector-invalid-tooltip-" + suffix));
            assertThat(dir.resolve("inspector-invalid-" + suffix)).isNotEmptyFile();
        });
    }

    @Test
    void captureAHopsRuleRefusedInChinese(FxRobot robot) throws Exception {
        int[] size = ShotWindows.SIZES.get(0);
        Path file = ShotWindows.dir().resolve("inspector-model-refusal-1024-zh-light.png");
        ShotWindows.Opened w = ShotWindows.open(robot, recovery, Locale.SIMPLIFIED_CHINESE, Theme.LIGHT, size, List.of());
        refuse(robot, w, size, RolloutSettings.MAX_SURGE, "25%");
        w.shoot(robot, file);
        w.close(robot);
        assertThat(file).isNotEmptyFile();
    }

    private void capture(FxRobot robot, Locale locale, Theme theme, int[] size, Path file, Path withTooltip)
            throws Exception {
        ShotWindows.Opened w = ShotWindows.open(robot, recovery, locale, theme, size, List.of());
        TextField field = refuse(robot, w, size, ProxySettings.UPSTREAM_READ_TIMEOUT, "99999999h");
        w.shoot(robot, file);
        robot.moveTo(field);
        robot.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        w.shoot(robot, withTooltip);
        w.close(robot);
    }

    /** Types {@code text} into A's {@code setting} and Enter, once the window's findings are shown; the pointer rests aside. */
    private static TextField refuse(FxRobot robot, ShotWindows.Opened w, int[] size, Setting<?> setting, String text)
            throws Exception {
        MainWindow window = w.window();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.workbench().findings().rows().isEmpty());
        robot.interact(() -> {
            window.workbench().document().select("A");
            window.workbench().document().selectedSettingProperty().set(setting);
        });
        String id = "#edit-" + setting.id().replace('.', '-');
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        robot.sleep(500);
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text).type(KeyCode.ENTER);
        robot.moveTo(new Point2D(w.stage().getX() + 5, w.stage().getY() + size[1] / 2.0));
        robot.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        return field;
    }
}
