package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.export.NodePng;
import dev.rollscope.app.preferences.TestPreferences;
import dev.rollscope.app.shell.MainWindow;
import dev.rollscope.app.shell.RecoveryStore;
import dev.rollscope.app.shell.ShellSettings;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.topology.ProxySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
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
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class InspectorRefusalScreenshots {

    @TempDir
    Path recovery;

    @Test
    void captureARefusedTimeout(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("rollscope.screenshots"));
        Files.createDirectories(dir);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        List<int[]> sizes = List.of(new int[] {1024, 700}, new int[] {1600, 1000});
        List<int[]> exact = sizes.stream().filter(s -> s[0] == screen.getWidth() && s[1] == screen.getHeight()).toList();
        for (int[] size : exact.isEmpty() ? sizes : exact) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                for (Theme theme : Theme.values()) {
                    String name = size[0] + "-" + locale.getLanguage() + "-" + theme.name().toLowerCase(Locale.ROOT)
                            + ".png";
                    capture(robot, locale, theme, size, dir.resolve("inspector-invalid-" + name),
                            dir.resolve("inspector-invalid-tooltip-" + name));
                    assertThat(dir.resolve("inspector-invalid-" + name)).isNotEmptyFile();
                }
            }
        }
    }

    private void capture(FxRobot robot, Locale locale, Theme theme, int[] size, Path file, Path withTooltip)
            throws Exception {
        TestPreferences prefs = new TestPreferences();
        prefs.preferences().setTheme(theme);
        ShellSettings settings = new ShellSettings(prefs.preferences(), new RecoveryStore(recovery), Duration.hours(1),
                locale);
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        Locale.setDefault(locale);
        robot.interact(() -> {
            stage[0] = new Stage();
            window[0] = MainWindow.open(stage[0], settings, List.of());
            stage[0].setX(0);
            stage[0].setY(0);
            stage[0].setWidth(size[0]);
            stage[0].setHeight(size[1]);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window[0].workbench().findings().rows().isEmpty()
                && stage[0].getWidth() == size[0] && stage[0].getHeight() == size[1]);
        robot.interact(() -> {
            window[0].workbench().document().select("A");
            window[0].workbench().document().selectedSettingProperty().set(ProxySettings.UPSTREAM_READ_TIMEOUT);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#edit-proxy-upstreamReadTimeout").tryQuery().isPresent());
        robot.sleep(500);
        TextField field = robot.lookup("#edit-proxy-upstreamReadTimeout").queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write("99999999h").type(KeyCode.ENTER);
        robot.moveTo(new Point2D(stage[0].getX() + 5, stage[0].getY() + size[1] / 2.0));
        robot.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, size, file);
        robot.moveTo(field);
        robot.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, size, withTooltip);
        robot.interact(() -> {
            window[0].workbench().document().markSaved();
            window[0].quit();
        });
        Locale.setDefault(Locale.ENGLISH);
        prefs.remove();
    }

    private static void shoot(FxRobot robot, int[] size, Path file) throws Exception {
        Image shot = robot.capture(new Rectangle2D(0, 0, size[0], size[1])).getImage();
        NodePng.write((WritableImage) shot, file);
    }
}
