package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.playback.timeline.TimelineModel;
import dev.rollscope.app.playback.view.FailureMark;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.sim.Cause;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
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
 * abcd-defaults' "roll C" played in the Play view: the 50 MB POST (request 0) is refused by A's
 * client_max_body_size (1m) with 413 the moment it is sent at 9 s; the simulation ends at 90 s.
 */
@ExtendWith(ApplicationExtension.class)
class PlaybackPaneTest {

    private PlaybackFixture f;

    @Start
    void start(Stage stage) {
        // each test opens its own window
    }

    @BeforeEach
    void open(FxRobot robot) {
        f = new PlaybackFixture(Examples.project("abcd-defaults.json"), "roll C", Locale.ENGLISH)
                .show(robot, Theme.LIGHT, 1280, 720);
    }

    @AfterEach
    void close(FxRobot robot) {
        f.close(robot);
    }

    private TimelineModel timeline() {
        return f.pane.model().timeline();
    }

    @Test
    void playingToTheEndShowsThe413MarkOnThePostAtA(FxRobot robot) throws Exception {
        robot.interact(() -> timeline().setSpeed(100));

        robot.clickOn("#timeline-play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline().time() == timeline().endTime());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(f.pane.canvas().failureMarks()).singleElement().satisfies(m -> {
            assertThat(m.hop()).isEqualTo("A");
            assertThat(m.status()).isEqualTo(413);
            assertThat(m.cause()).isEqualTo(Cause.BODY_TOO_LARGE);
            assertThat(m.requests()).containsExactly(0);
        });
    }

    @Test
    void seekingBeforeTheFailureRemovesItsMark(FxRobot robot) {
        robot.interact(() -> timeline().seek(timeline().endTime()));
        assertThat(f.pane.canvas().failureMarks()).hasSize(1);

        robot.moveTo("#timeline-track").moveBy(-630, 0).clickOn();

        assertThat(timeline().time()).isLessThan(9_000);
        assertThat(f.pane.canvas().failureMarks()).isEmpty();
    }

    @Test
    void clickingTheMarkShowsTheRequestsVerdict(FxRobot robot) {
        robot.interact(() -> timeline().seek(20_000));
        FailureMark mark = f.pane.canvas().failureMarks().get(0);

        robot.clickOn(f.pane.canvas().localToScreen(mark.x(), mark.y()));

        assertThat(f.pane.model().selectedRequestProperty().get()).isZero();
        assertThat(robot.lookup("#request-verdict").queryAs(Label.class).getText())
                .startsWith("Failed: 413 at A.").contains("50MB");
    }

    @Test
    void hoveringTheMarkExplainsTheFailureAndItsFix(FxRobot robot) {
        robot.interact(() -> timeline().seek(20_000));
        FailureMark mark = f.pane.canvas().failureMarks().get(0);

        robot.moveTo(f.pane.canvas().localToScreen(mark.x(), mark.y()));
        WaitForAsyncUtils.waitForFxEvents();

        Tooltip tip = robot.listWindows().stream().filter(Tooltip.class::isInstance).map(Tooltip.class::cast)
                .filter(Tooltip::isShowing).findFirst().orElseThrow();
        assertThat(tip.getText()).startsWith("POST-50MB (POST): 413 at A\n").contains("\n\nFix: ");
    }

    @Test
    void spaceStartsPlayingAndRightArrowStepsToTheNextEvent(FxRobot robot) {
        robot.clickOn("#playback-canvas");
        robot.type(KeyCode.RIGHT);
        assertThat(timeline().time()).isEqualTo(9_000);

        robot.type(KeyCode.SPACE);
        assertThat(timeline().playingProperty().get()).isTrue();
    }

    @Test
    void teachingAsksWhichRequestFailsThenTellsTheStory(FxRobot robot) {
        robot.interact(() -> f.pane.teaching().travelMillisProperty().set(0));

        robot.clickOn("#teach-toggle");
        assertThat(caption(robot)).isEqualTo("Something is about to go wrong. Which request will fail?");
        robot.clickOn("#teach-choice-GET");
        assertThat(robot.lookup("#teach-feedback").queryAs(Label.class).getText())
                .isEqualTo("Not that one: POST-50MB fails. Watch where and why.");
        robot.clickOn("#teach-next");
        assertThat(timeline().time()).isEqualTo(9_000);
        assertThat(caption(robot)).startsWith("The client sends POST-50MB (POST).\nPOST-50MB fails with 413 at A: ");
        robot.clickOn("#teach-next");
        assertThat(timeline().time()).isEqualTo(40_000);
        assertThat(caption(robot)).isEqualTo("The rollout of hop C begins.\n"
                + "C.3 is created. It is starting and does not accept connections yet.");
    }

    /** The POST's sweep starts at offset 0 in steps of 1 s: any cell is a whole second after 40 s. */
    @Test
    void clickingASweepCellPlaysThatCaseWithTheRequestSelected(FxRobot robot) {
        robot.clickOn("Sweep");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.pane.sweep().resultsProperty().get()).hasSize(2);

        robot.moveTo("#sweep-chart").moveBy(0, -(robot.lookup("#sweep-chart").query().getBoundsInLocal().getHeight()
                / 2) + 24).clickOn();
        WaitForAsyncUtils.waitForFxEvents();

        long start = timeline().playhead().result().scenario().request("POST-50MB").orElseThrow().start().millis();
        assertThat(start).isGreaterThanOrEqualTo(40_000);
        assertThat(start % 1_000).isZero();
        assertThat(f.pane.model().selectedRequestProperty().get()).isZero();
        assertThat(robot.lookup("#playback-problem").queryAs(Label.class).getText())
                .startsWith("Playing a sweep case: POST-50MB sent ");
    }

    private static String caption(FxRobot robot) {
        return robot.lookup("#teach-caption").queryAs(Label.class).getText();
    }
}
