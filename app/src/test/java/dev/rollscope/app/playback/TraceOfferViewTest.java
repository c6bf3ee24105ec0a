package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.simulation.TraceRefusingRuns;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.topology.Topology;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Play view on a scenario whose full trace would not fit in memory (the runs below refuse any
 * trace of more than one request in ten, as a small heap would): busyRollC, 100 requests/s for 60 s
 * beside its 2 requests. Its estimate, worked out by hand from WorkEstimate's rule: at most 6,000 + 5 ×
 * √6,000 = 6,387.3, so 6,388 arrivals, 6,390 requests; 6,390 × (4 hops × 2 + 2) = 63,900 events, + 20 for
 * each of C's 2 pods = 63,940; 6,390 × 200 B + 63,940 × 500 B = 33,248,000 B = 31 MB.
 */
@ExtendWith(ApplicationExtension.class)
class TraceOfferViewTest {

    @Start
    void start(Stage stage) {
        // each test opens its own window
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The row of the offer: its text and the button. */
    private static Node offerBar(FxRobot robot) {
        return robot.lookup("#playback-play-sampled").queryAs(Button.class).getParent();
    }

    @Test
    void nothingPlaysUntilTheSampledTraceIsChosenThenItPlaysAndSaysSo(FxRobot robot) {
        PlaybackFixture f = new PlaybackFixture(Examples.busyRollC(), "roll C", Locale.ENGLISH)
                .runs(new TraceRefusingRuns(10)).show(robot, Theme.LIGHT, 1280, 720);

        assertThat(text(robot, "#playback-trace-offer")).isEqualTo(String.format(Locale.ENGLISH, "This scenario's "
                + "full trace would take about 63,940 events (31 MB), more than the %,d events the Play view can "
                + "trace in this program's memory (%,d MB), so it is not played. A sampled trace follows 1 request "
                + "in 10 (by arrival) and every instance; the verdicts count every request either way.",
                SimulationOptions.full().maxEvents(), Runtime.getRuntime().maxMemory() >> 20));
        assertThat(f.pane.model().timeline()).isNull();
        assertThat(robot.lookup("#timeline-play").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(text(robot, "#playback-problem")).isEmpty();
        assertThat(offerBar(robot).isVisible()).isTrue();

        robot.clickOn("#playback-play-sampled");
        WaitForAsyncUtils.waitForFxEvents();

        SimulationResult played = f.pane.model().timeline().playhead().result();
        assertThat(played.trace().every()).isEqualTo(10);
        assertThat(played.outcomes()).hasSize(played.requests().size());
        assertThat(text(robot, "#playback-problem")).isEqualTo("This scenario's full trace (about 63,940 events, "
                + "31 MB) would not fit in memory: playing the trace of 1 request in 10 (by arrival) and of every "
                + "instance. The verdicts count every request.");
        assertThat(offerBar(robot).isVisible()).isFalse();
        assertThat(robot.lookup("#timeline-play").queryAs(Node.class).isDisabled()).isFalse();
        f.close(robot);
    }

    /** What was played before goes: after "roll A" (no traffic, played), "roll C" offers and shows no time. */
    @Test
    void theScenarioPlayedBeforeIsNotShownWhileTheOfferIs(FxRobot robot) {
        PlaybackFixture f = new PlaybackFixture(Examples.busyRollC(), "roll A", Locale.ENGLISH)
                .runs(new TraceRefusingRuns(10) {
                    @Override
                    public SimulationResult simulate(Topology topology, Scenario scenario, SimulationOptions o) {
                        return scenario.traffic() == null ? MODEL.simulate(topology, scenario, o)
                                : super.simulate(topology, scenario, o);
                    }
                }).show(robot, Theme.LIGHT, 1280, 720);
        assertThat(text(robot, "#timeline-time")).endsWith(" s");
        assertThat(offerBar(robot).isVisible()).isFalse();

        robot.interact(() -> f.scenario.set("roll C"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(offerBar(robot).isVisible()).isTrue();
        assertThat(f.pane.model().timeline()).isNull();
        assertThat(text(robot, "#timeline-time")).isEmpty();
        f.close(robot);
    }

    @Test
    void theOfferIsInChineseToo(FxRobot robot) {
        PlaybackFixture f = new PlaybackFixture(Examples.busyRollC(), "roll C", Locale.SIMPLIFIED_CHINESE)
                .runs(new TraceRefusingRuns(10)).show(robot, Theme.DARK, 1280, 720);

        assertThat(text(robot, "#playback-trace-offer")).startsWith("此场景的完整轨迹约需 63,940 个事件（31 MB）")
                .contains("每 10 个请求中的 1 个");
        assertThat(robot.lookup("#playback-play-sampled").queryAs(Button.class).getText()).isEqualTo("播放采样轨迹");

        robot.clickOn("#playback-play-sampled");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(f.pane.model().timeline().playhead().result().trace().every()).isEqualTo(10);
        assertThat(text(robot, "#playback-problem")).contains("只播放每 10 个请求中 1 个");
        f.close(robot);
    }
}
