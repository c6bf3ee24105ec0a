package dev.rollscope.app.playback.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.Examples;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.teach.Lesson;
import dev.rollscope.app.playback.teach.LessonModel;
import dev.rollscope.app.playback.teach.Lessons;
import dev.rollscope.app.playback.teach.TeachingStop;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.model.Project;
import dev.rollscope.model.export.facade.Exports;
import dev.rollscope.model.sim.SimulationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test of behaviour: writes the GIF of the lesson "Kong's quit timeout" for the README to the
 * folder named by {@code -Drollscope.animations=DIR} (docs/animations), skipped without it. The stage
 * travels from step to step at 8× (6 frames a second) and pauses on each step's caption (the intro,
 * the events told, the question, the reveal), as the lesson does; verdicts and failure marks stay
 * hidden until the reveal. Drawn headless on Monocle:
 *
 * <pre>
 * mvnl -B -ntp -o -pl app -am test -Dtest=LessonGif -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Drollscope.animations=$PWD/docs/animations
 * </pre>
 */
@EnabledIfSystemProperty(named = "rollscope.animations", matches = ".+")
class LessonGif {

    private static final double FPS = 6;
    private static final long STEP_MS = Math.round(8_000 / FPS);
    private static final int PAUSE_CENTIS = 250;
    private static final int QUESTION_CENTIS = 400;
    private static final int END_CENTIS = 500;

    @Test
    void writeTheKongQuitLesson() throws Exception {
        Lesson lesson = Lessons.ALL.stream().filter(l -> l.id().equals("kongQuit")).findFirst().orElseThrow();
        Project project = Examples.project(lesson.file());
        SimulationResult result = Exports.simulate(project, lesson.scenario());
        PlaybackTexts texts = new PlaybackTexts(Messages.of(Locale.ENGLISH));
        List<TeachingStop> steps = LessonModel.script(result, lesson, new Lessons(Locale.ENGLISH), texts);
        long reveal = result.outcome(lesson.request()).end();
        Path file = Files.createDirectories(Path.of(System.getProperty("rollscope.animations")))
                .resolve("lesson-kong-quit.gif");

        int frames = HeadlessFx.call(() -> {
            StagePicture picture = new StagePicture(result, texts, Palette.LIGHT, 800, 450, steps);
            int written = 0;
            try (GifWriter gif = new GifWriter(file, FPS)) {
                long at = 0;
                for (TeachingStop step : steps) {
                    for (; at < step.time(); at += STEP_MS) {
                        written += frame(gif, picture, at, reveal, 0);
                    }
                    at = step.time();
                    boolean last = step == steps.get(steps.size() - 1);
                    written += frame(gif, picture, at, reveal,
                            last ? END_CENTIS : step.time() == reveal - 1 ? QUESTION_CENTIS : PAUSE_CENTIS);
                    at += STEP_MS;
                }
            }
            return written;
        });

        System.out.printf(Locale.ROOT, "%s: %d frames, %,d bytes%n", file, frames, Files.size(file));
        assertThat(Files.size(file)).isLessThan(2_000_000);
    }

    /** One frame at t, answers hidden before the reveal, shown for {@code centis} (0: the usual delay). */
    private static int frame(GifWriter gif, StagePicture picture, long t, long reveal, int centis) throws Exception {
        picture.hideAnswers(t < reveal);
        int[] argb = picture.argb(t);
        if (centis == 0) {
            gif.add(argb, picture.width(), picture.height());
        } else {
            gif.add(argb, picture.width(), picture.height(), centis);
        }
        return 1;
    }
}
