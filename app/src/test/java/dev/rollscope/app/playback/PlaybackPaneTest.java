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
        assertThat(tip.getText()).startsWith("POST-50MB (POST): 413 at A\n").contains("\n\nBroken inequality: ");
    }

    /** The keys work wherever the focus is in the window (here on a button), without a click first. */
    @Test
    void spaceStartsPlayingAndRightArrowStepsToTheNextEventWithoutClickingFirst(FxRobot robot) {
        robot.interact(() -> robot.lookup("#teach-toggle").query().requestFocus());

        robot.type(KeyCode.RIGHT);
        assertThat(timeline().time()).isEqualTo(9_000);
        robot.type(KeyCode.SPACE);

        assertThat(timeline().playingProperty().get()).isTrue();
        assertThat(f.pane.teaching().activeProperty().get()).isFalse();
    }

    @Test
    void keysDoNothingWhileThePaneIsNotShown(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#timeline-play").query().requestFocus();
            f.pane.keysActiveProperty().set(false);
        });

        robot.type(KeyCode.RIGHT);

        assertThat(timeline().time()).isZero();
    }

    /** The last event of roll C is at 90 s, the end of the simulation. */
    @Test
    void stepForwardAtTheLastEventSaysThatThisIsTheEnd(FxRobot robot) {
        robot.interact(() -> timeline().seek(timeline().endTime()));

        robot.clickOn("#timeline-step-forward");

        assertThat(timeline().time()).isEqualTo(90_000);
        assertThat(robot.lookup("#timeline-notice").queryAs(Label.class).getText())
                .isEqualTo("Nothing happens after 90.000 s: this is the end. Press Home to start again.");
        robot.type(KeyCode.HOME);
        assertThat(timeline().time()).isZero();
        assertThat(robot.lookup("#timeline-notice").queryAs(Label.class).getText()).isEmpty();
    }

    /** F5 presents; the presentation's keys drive the same playback; Esc ends it. */
    @Test
    void presentationModeIsDrivenByTheKeyboard(FxRobot robot) {
        robot.interact(() -> robot.lookup("#timeline-play").query().requestFocus());
        robot.type(KeyCode.F5);
        Presentation p = f.pane.presentation().orElseThrow();
        assertThat(p.isShowing()).isTrue();
        assertThat(p.stage().isFullScreen()).isTrue();
        assertThat(robot.lookup("#present-canvas").tryQuery()).isPresent();

        robot.type(KeyCode.RIGHT);
        assertThat(timeline().time()).isEqualTo(9_000);
        robot.type(KeyCode.RIGHT);
        assertThat(timeline().time()).isEqualTo(40_000);
        robot.type(KeyCode.LEFT);
        assertThat(timeline().time()).isEqualTo(9_000);
        robot.type(KeyCode.END);
        assertThat(timeline().time()).isEqualTo(90_000);
        robot.type(KeyCode.RIGHT);
        assertThat(robot.lookup("#present-caption").queryAs(Label.class).getText()).startsWith("Nothing happens after");
        robot.type(KeyCode.HOME);
        assertThat(timeline().time()).isZero();
        robot.type(KeyCode.ADD);
        robot.type(KeyCode.ADD);
        assertThat(timeline().speedProperty().get()).isEqualTo(4.0);
        robot.type(KeyCode.SUBTRACT);
        assertThat(timeline().speedProperty().get()).isEqualTo(2.0);
        robot.type(KeyCode.SPACE);
        assertThat(timeline().playingProperty().get()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(timeline().playingProperty().get()).isFalse();

        robot.type(KeyCode.ESCAPE);
        assertThat(p.isShowing()).isFalse();
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
        assertThat(caption(robot)).isEqualTo("The client sends POST-50MB (POST).");
        robot.clickOn("#teach-next");
        assertThat(timeline().time()).isEqualTo(9_000);
        assertThat(caption(robot)).startsWith("POST-50MB fails with 413 at A: ");
        robot.clickOn("#teach-next");
        assertThat(timeline().time()).isEqualTo(40_000);
        assertThat(caption(robot)).isEqualTo("The rollout of hop C begins.");
        robot.clickOn("#teach-next");
        assertThat(caption(robot)).isEqualTo("C.3 is created. It is starting and does not accept connections yet.");
    }

    private static String caption(FxRobot robot) {
        return robot.lookup("#teach-caption").queryAs(Label.class).getText();
    }
}
