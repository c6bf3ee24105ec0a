package dev.rollscope.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.playback.PlayTab;
import dev.rollscope.app.playback.teach.LessonModel;
import dev.rollscope.app.playback.teach.Lessons;
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
 * Not a test of behaviour: writes screenshots of the Play tab in the main window mid-roll
 * (failure-kong-quit's "roll C" at 72 s, the POST selected: its connection runs through C.2, which
 * is stopping, to D.1) and at the question of the lesson "Kong's quit timeout" (a choice picked),
 * at 1024×700 and 1600×1000, in both languages and themes, to the folder named
 * by {@code -Drollscope.screenshots=DIR}. Skipped without it. Run under Xvfb with GTK for real fonts.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.screenshots", matches = ".+")
class PlayTabScreenshots {

    @TempDir
    Path recovery;

    @Test
    void captureThePlayTabMidRoll(FxRobot robot) throws Exception {
        Path dir = ShotWindows.dir();
        ShotWindows.each(ShotWindows.SIZES, (size, locale, theme, suffix) -> {
            capture(robot, locale, theme, size, dir.resolve("play-" + suffix), false);
            capture(robot, locale, theme, size, dir.resolve("lesson-" + suffix), true);
            assertThat(dir.resolve("play-" + suffix)).isNotEmptyFile();
            assertThat(dir.resolve("lesson-" + suffix)).isNotEmptyFile();
        });
    }

    private void capture(FxRobot robot, Locale locale, Theme theme, int[] size, Path file, boolean lesson)
            throws Exception {
        ShotWindows.Opened w = ShotWindows.open(robot, recovery, locale, theme, size, List.of());
        PlayTab[] play = {w.playKongQuit(robot)};
        robot.sleep(500);
        if (lesson) {
            LessonModel lessons = play[0].pane().lessons();
            robot.interact(() -> {
                lessons.travelMillisProperty().set(0);
                lessons.start(Lessons.ALL.stream().filter(l -> l.id().equals("kongQuit")).findFirst().orElseThrow());
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lessons.canGoOnProperty().get());
            while (lessons.choicesProperty().get().isEmpty()) {
                robot.interact(lessons::next);
            }
            robot.interact(() -> lessons.answer(1));
        } else {
            robot.interact(() -> {
                play[0].pane().model().timeline().seek(72_000);
                play[0].pane().model().selectedRequestProperty().set(0);
            });
        }
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        w.snapshot(robot, file);
        w.close(robot);
    }
}
