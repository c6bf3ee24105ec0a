package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.plan.FixPlanDialog;
import dev.rollscope.app.plan.FixPlanModel;
import dev.rollscope.app.plan.PlanRequest;
import dev.rollscope.app.shell.MainWindow;
import dev.rollscope.app.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
        Path dir = ShotWindows.dir();
        ShotWindows.each(ShotWindows.SIZES, (size, locale, theme, suffix) -> {
            Path file = dir.resolve("fix-plan-" + suffix);
            capture(robot, locale, theme, size, file);
            assertThat(file).isNotEmptyFile();
        });
    }

    private void capture(FxRobot robot, Locale locale, Theme theme, int[] size, Path file) throws Exception {
        String example = Path.of("..", "examples", "failure-pooled-connections.json").toString();
        ShotWindows.Opened w = ShotWindows.open(robot, recovery, locale, theme, size, List.of(example));
        MainWindow window = w.window();
        FixPlanModel[] plan = new FixPlanModel[1];
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.workbench().findings().rows().isEmpty());
        robot.sleep(500);
        robot.interact(() -> plan[0] = FixPlanDialog.show(w.stage(), window.workbench().document(),
                window.workbench().messages(), PlanRequest.ofVerdict(window.workbench().document().project(),
                        "roll B", "POST-50MB")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> plan[0].canApplyProperty().get());
        robot.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        w.shoot(robot, file);
        robot.interact(() -> robot.lookup("#fix-plan-close").queryButton().fire());
        w.close(robot);
    }
}
