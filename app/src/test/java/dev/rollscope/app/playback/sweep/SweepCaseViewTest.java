package dev.rollscope.app.playback.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.playback.Examples;
import dev.rollscope.app.playback.PlaybackFixture;
import dev.rollscope.app.playback.timeline.TimelineModel;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Outcome;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * failure-kong-quit's "roll C" (C rolls at 40 s, a 50 MB POST at 9 s, offset -31 s) on the Sweep
 * tab, steps of 1 s. The sweep starts at -81 s, so its scenario is moved 41 s later: the case at
 * offset -40 s sends the POST at 81 - 40 = 41 s. At -40 s the POST has two routes: via C.2 Kong's
 * quit timeout cuts it, via C.1 it survives (the search's record, which SweepRouteReplayTest checks
 * in the model). The scenario is shown at 70 s with the POST selected before a cell is played.
 */
@ExtendWith(ApplicationExtension.class)
class SweepCaseViewTest {

    private PlaybackFixture f;

    @Start
    void start(Stage stage) {
        // each test opens its own window
    }

    @BeforeEach
    void open(FxRobot robot) {
        f = new PlaybackFixture(Examples.project("failure-kong-quit.json"), "roll C", Locale.ENGLISH)
                .show(robot, Theme.LIGHT, 1280, 720);
        robot.interact(() -> {
            timeline().seek(70_000);
            f.pane.model().selectedRequestProperty().set(0);
        });
        robot.clickOn("Sweep");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) {
        f.close(robot);
    }

    private TimelineModel timeline() {
        return f.pane.model().timeline();
    }

    @Test
    void aCellPlaysItsOffsetOnItsRouteAndTheBreadcrumbReturnsToTheScenarioAsItWas(FxRobot robot) {
        assertThat(post().start()).isEqualTo(9_000);

        clickCell(robot, "C.2", -40_000);

        assertThat(post().start()).isEqualTo(41_000);
        assertThat(post().failure().cause()).isEqualTo(Cause.KONG_QUIT_TIMEOUT);
        assertThat(post().failure().hop()).isEqualTo("C");
        assertThat(f.pane.model().selectedRequestProperty().get()).isZero();
        assertThat(robot.lookup("#breadcrumb-case").queryAs(Label.class).getText())
                .isEqualTo("POST-50MB at offset -40.0 s via C.2");
        assertThat(robot.lookup("#breadcrumb-back").queryAs(javafx.scene.control.Hyperlink.class).getText())
                .isEqualTo("roll C");
        assertThat(robot.lookup("#breadcrumb-back").query().getParent().isVisible()).isTrue();

        robot.clickOn("#breadcrumb-back");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(post().start()).isEqualTo(9_000);
        assertThat(timeline().time()).isEqualTo(70_000);
        assertThat(f.pane.model().selectedRequestProperty().get()).isZero();
        assertThat(f.pane.session().caseProperty().get()).isEmpty();
        assertThat(robot.lookup("#breadcrumb-back").query().getParent().isVisible()).isFalse();
    }

    /** The scenario's own routing takes C.2 first: only a played route makes the POST survive here. */
    @Test
    void theOtherRouteAtTheSameOffsetSurvives(FxRobot robot) {
        clickCell(robot, "C.1", -40_000);

        assertThat(post().start()).isEqualTo(41_000);
        assertThat(post().ok()).isTrue();
        assertThat(robot.lookup("#breadcrumb-case").queryAs(Label.class).getText())
                .isEqualTo("POST-50MB at offset -40.0 s via C.1");

        robot.clickOn("#breadcrumb-scenario");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(post().start()).isEqualTo(9_000);
        assertThat(timeline().time()).isEqualTo(70_000);
    }

    private Outcome post() {
        return timeline().playhead().result().outcome("POST-50MB");
    }

    private void clickCell(FxRobot robot, String route, long offset) {
        SweepChart chart = robot.lookup("#sweep-chart").queryAs(SweepChart.class);
        int line = chart.heatmap().lines().indexOf(new SweepHeatmap.Line(f.pane.sweep().resultsProperty().get().get(0),
                route));
        assertThat(line).isPositive();
        assertThat(chart.heatmap().cellAt(line, offset)).isPresent();
        double[] at = chart.centreOf(line, offset).orElseThrow();
        Point2D screen = chart.localToScreen(at[0], at[1]);
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
