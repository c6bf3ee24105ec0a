package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.export.NodePng;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.app.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test of behaviour: writes screenshots of failure-kong-quit's "roll C" (the 50 MB POST cut
 * by kong quit's 10 s timeout) before the roll, mid-roll with the failure, and after, to the
 * folder named by {@code -Drollscope.screenshots=DIR}, for a person to look at. Skipped without it.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class PlaybackScreenshots {

    @Test
    void captureOneScenarioBeforeDuringAndAfterTheRoll(FxRobot robot) throws IOException {
        Path dir = Path.of(System.getProperty("rollscope.screenshots"));
        Files.createDirectories(dir);
        shoot(robot, Locale.ENGLISH, Theme.LIGHT, dir, new long[] {30_000, 75_000, 100_000},
                new String[] {"before", "mid-roll", "after"});
        shoot(robot, Locale.SIMPLIFIED_CHINESE, Theme.DARK, dir, new long[] {75_000}, new String[] {"zh-dark-mid-roll"});
        traffic(robot, dir.resolve("playback-traffic.png"));
    }

    /** A steady mix with about 2,000 requests in flight, as the frame harness plays it. */
    private void traffic(FxRobot robot, Path file) {
        PlaybackFixture f = new PlaybackFixture(Examples.busyRollC(), "roll C", Locale.ENGLISH)
                .show(robot, Theme.LIGHT, 1440, 860);
        robot.interact(() -> f.pane.model().timeline().seek(52_000));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> write(f.pane.getScene(), file));
        assertThat(file).isNotEmptyFile();
        f.close(robot);
    }

    private void shoot(FxRobot robot, Locale locale, Theme theme, Path dir, long[] times, String[] names) {
        PlaybackFixture f = new PlaybackFixture(Examples.project("failure-kong-quit.json"), "roll C", locale)
                .show(robot, theme, 1440, 860);
        robot.interact(() -> {
            f.pane.paletteProperty().set(theme == Theme.DARK ? Palette.DARK
                    : Palette.LIGHT);
            f.pane.model().selectedRequestProperty().set(0);
        });
        for (int i = 0; i < times.length; i++) {
            long t = times[i];
            robot.interact(() -> f.pane.model().timeline().seek(t));
            WaitForAsyncUtils.waitForFxEvents();
            Path file = dir.resolve("playback-" + names[i] + ".png");
            robot.interact(() -> write(f.pane.getScene(), file));
            assertThat(file).isNotEmptyFile();
        }
        f.close(robot);
    }

    private static void write(Scene scene, Path file) {
        try {
            NodePng.write(scene.snapshot(null), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
