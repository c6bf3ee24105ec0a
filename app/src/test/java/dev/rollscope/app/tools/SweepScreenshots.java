package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.export.NodePng;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.PlayTab;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.shell.MainWindow;
import dev.rollscope.app.shell.RollscopeApp;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.app.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        MainWindow[] window = {w.window()};
        PlayTab[] play = new PlayTab[1];
        robot.interact(() -> {
            play[0] = RollscopeApp.addPlayTab(window[0]);
            window[0].workbench().session().openExample("failure-kong-quit.json");
            window[0].workbench().scenarios().selectedProperty().set("roll C");
            play[0].tab().getTabPane().getSelectionModel().select(play[0].tab());
        });
        SimulationPipeline pipeline = window[0].workbench().pipeline();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pipeline.latest().revision() == pipeline.revision()
                && pipeline.sweep().revision() == pipeline.revision() && play[0].pane().model().timeline() != null);
        robot.clickOn(new PlaybackTexts(Messages.of(locale)).get("tab.sweep"));
        robot.interact(() -> play[0].pane().model().timeline().seek(72_000));
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                NodePng.write(window[0].scene().snapshot(null), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        w.close(robot);
    }
}
