package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.export.NodePng;
import dev.rollscope.app.plan.FixPlanDialog;
import dev.rollscope.app.plan.FixPlanModel;
import dev.rollscope.app.plan.PlanRequest;
import dev.rollscope.app.preferences.TestPreferences;
import dev.rollscope.app.shell.MainWindow;
import dev.rollscope.app.shell.RecoveryStore;
import dev.rollscope.app.shell.ShellSettings;
import dev.rollscope.app.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
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
 * Not a test of behaviour: writes screenshots of the before/after view of a fix plan over the main
 * window (failure-pooled-connections' POST-50MB: a plan of two steps, B's drain then A's upstream
 * keepalive, verified) at 1024×700 and 1600×1000, in both languages and themes, to the folder named
 * by {@code -Drollscope.screenshots=DIR}. Skipped without it. Run under Xvfb with GTK: it captures
 * the screen, so the view is seen as it stands over the window.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class FixPlanScreenshots {

    @TempDir
    Path recovery;

    @Test
    void captureTheBeforeAfterView(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("rollscope.screenshots"));
        Files.createDirectories(dir);
        for (int[] size : new int[][] {{1024, 700}, {1600, 1000}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                for (Theme theme : Theme.values()) {
                    Path file = dir.resolve("fix-plan-" + size[0] + "-" + locale.getLanguage() + "-"
                            + theme.name().toLowerCase(Locale.ROOT) + ".png");
                    capture(robot, locale, theme, size, file);
                    assertThat(file).isNotEmptyFile();
                }
            }
        }
    }

    private void capture(FxRobot robot, Locale locale, Theme theme, int[] size, Path file) throws Exception {
        TestPreferences prefs = new TestPreferences();
        prefs.preferences().setTheme(theme);
        ShellSettings settings = new ShellSettings(prefs.preferences(), new RecoveryStore(recovery), Duration.hours(1),
                locale);
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        FixPlanModel[] plan = new FixPlanModel[1];
        Locale.setDefault(locale);
        String example = Path.of("..", "examples", "failure-pooled-connections.json").toString();
        robot.interact(() -> {
            stage[0] = new Stage();
            window[0] = MainWindow.open(stage[0], settings, List.of(example));
            stage[0].setX(0);
            stage[0].setY(0);
            stage[0].setWidth(size[0]);
            stage[0].setHeight(size[1]);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window[0].workbench().findings().rows().isEmpty()
                && stage[0].getWidth() == size[0] && stage[0].getHeight() == size[1]);
        robot.sleep(500);
        robot.interact(() -> plan[0] = FixPlanDialog.show(stage[0], window[0].workbench().document(),
                window[0].workbench().messages(), PlanRequest.ofVerdict(window[0].workbench().document().project(),
                        "roll B", "POST-50MB")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> plan[0].canApplyProperty().get());
        robot.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        Image shot = robot.capture(new Rectangle2D(0, 0, size[0], size[1])).getImage();
        NodePng.write((WritableImage) shot, file);
        robot.interact(() -> {
            robot.lookup("#fix-plan-close").queryButton().fire();
            window[0].workbench().document().markSaved();
            window[0].quit();
        });
        Locale.setDefault(Locale.ENGLISH);
        prefs.remove();
    }
}
