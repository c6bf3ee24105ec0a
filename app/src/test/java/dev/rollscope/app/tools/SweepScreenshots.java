package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.PlayTab;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.theme.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: writes screenshots of the Sweep heatmap beside the stage (failure-kong-quit's
 * "roll C": the 50 MB POST by start offset and by the instance of C it took) at 1024×700 and
 * 1600×1000, in both languages and themes, to the folder named by {@code -Drollscope.screenshots=DIR}.
 * Skipped without it. Run under Xvfb with GTK for real fonts.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class SweepScreenshots {

    @TempDir
    Path recovery;

    @Test
    void captureTheSweepHeatmap(FxRobot robot) throws Exception {
        Path dir = ShotWindows.dir();
        ShotWindows.each(ShotWindows.SIZES, (size, locale, theme, suffix) -> {
            capture(robot, locale, theme, size, dir.resolve("sweep-" + suffix));
            assertThat(dir.resolve("sweep-" + suffix)).isNotEmptyFile();
        });
    }

    private void capture(FxRobot robot, Locale locale, Theme theme, int[] size, Path file) throws Exception {
        ShotWindows.Opened w = ShotWindows.open(robot, recovery, locale, theme, size, List.of());
        PlayTab play = w.playKongQuit(robot);
        robot.clickOn(new PlaybackTexts(Messages.of(locale)).get("tab.sweep"));
        robot.interact(() -> play.pane().model().timeline().seek(72_000));
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        w.snapshot(robot, file);
        w.close(robot);
    }
}
