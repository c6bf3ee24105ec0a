package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.playback.state.PlayheadState;
import dev.rollscope.app.playback.state.RequestView;
import dev.rollscope.app.theme.Theme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Not a timed test: plays abcd-zero-downtime's "roll C" with a steady mix of 100 requests/s (half
 * GETs, half 50 MB POSTs, whose uploads take 40 s, so about 2,000 are in flight from 40 s on), then
 * of 500 requests/s (about 10,000 in flight), in a 1440×860 window at 1× from 45 s (after 300 frames
 * played from 40 s to warm up), and prints the frame time percentiles (pulse to pulse; JavaFX aims
 * at 60 frames/s, 16.7 ms) and the time the playhead's state and the canvas take for one frame. Skipped unless {@code -Drollscope.measure=true}. Run under Xvfb
 * with software rendering:
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" mvnl -B -ntp -o -pl app -am test \
 *   -Dtest=PlaybackFrameHarness -Dsurefire.failIfNoSpecifiedTests=false -Drollscope.measure=true \
 *   -Dtestfx.headless=false -Dglass.platform=gtk -Dmonocle.platform= -Djava.awt.headless=false -Dprism.order=sw
 * </pre>
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "rollscope.measure", matches = "true")
class PlaybackFrameHarness {

    private static final int FRAMES = 600;

    @Test
    void printFrameTimesWithTwoThousandRequestsInFlight(FxRobot robot) {
        measure(robot, 100, 2_000);
    }

    @Test
    void printFrameTimesWithTenThousandRequestsInFlight(FxRobot robot) {
        measure(robot, 500, 10_000);
    }

    private static void measure(FxRobot robot, int perSecond, int tokens) {
        System.out.printf(Locale.ROOT, "--- %d requests/s, about %,d in flight%n", perSecond, tokens);
        PlaybackFixture f = new PlaybackFixture(Examples.busyRollC(perSecond), "roll C", Locale.ENGLISH)
                .show(robot, Theme.LIGHT, 1440, 860);
        List<Double> idle = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> new FrameRecorder(idle).start());
        while (idle.size() < FRAMES) {
            robot.sleep(200);
        }
        print("frame time, paused (nothing redrawn)", idle);
        warmUp(robot, f);
        List<Double> frames = Collections.synchronizedList(new ArrayList<>());
        int[] inFlight = new int[1];
        robot.interact(() -> {
            f.pane.model().timeline().seek(45_000);
            inFlight[0] = inFlight(f.pane.model().timeline().playhead().state(45_000));
            f.pane.model().timeline().play();
            new FrameRecorder(frames).start();
        });
        while (frames.size() < FRAMES) {
            robot.sleep(200);
        }
        robot.interact(() -> f.pane.model().timeline().pause());
        print("frame time, playing at 1x (pulse to pulse)", frames);
        print("state + canvas draw", drawTimes(robot, f));
        System.out.println("requests in flight at 45 s: " + inFlight[0] + "; prism.order=" + System.getProperty("prism.order"));
        assertThat(inFlight[0]).isGreaterThanOrEqualTo(tokens);
        f.close(robot);
    }

    /** Plays 300 frames from 40 s, not counted, so that the frames measured run compiled code. */
    private static void warmUp(FxRobot robot, PlaybackFixture f) {
        List<Double> warm = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> {
            f.pane.model().timeline().seek(40_000);
            f.pane.model().timeline().play();
            new FrameRecorder(warm, 300).start();
        });
        while (warm.size() < 300) {
            robot.sleep(200);
        }
        robot.interact(() -> f.pane.model().timeline().pause());
    }

    /** The time one seek takes on the FX thread: the playhead's state at the new time and the canvas drawn. */
    private static List<Double> drawTimes(FxRobot robot, PlaybackFixture f) {
        List<Double> out = new ArrayList<>();
        robot.interact(() -> {
            for (int i = 0; i < FRAMES; i++) {
                long t0 = System.nanoTime();
                f.pane.model().timeline().seek(45_000 + 17L * i);
                out.add((System.nanoTime() - t0) / 1e6);
            }
        });
        return out;
    }

    /** Records the interval between pulses, {@link #FRAMES} of them unless told. */
    private static final class FrameRecorder extends AnimationTimer {
        private final List<Double> frames;
        private final int count;
        private long last = -1;

        FrameRecorder(List<Double> frames) {
            this(frames, FRAMES);
        }

        FrameRecorder(List<Double> frames, int count) {
            this.frames = frames;
            this.count = count;
        }

        @Override
        public void handle(long now) {
            if (last >= 0 && frames.size() < count) {
                frames.add((now - last) / 1e6);
            }
            last = now;
            if (frames.size() >= count) {
                stop();
            }
        }
    }

    private static int inFlight(PlayheadState s) {
        return (int) s.requests().stream().map(RequestView::phase).filter(p -> !p.finished()).count();
    }

    private static void print(String what, List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%s over %d frames: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
                sorted.size(), at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }
}
