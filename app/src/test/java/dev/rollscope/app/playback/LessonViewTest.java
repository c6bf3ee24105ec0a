package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.playback.teach.LessonModel;
import dev.rollscope.app.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * "The 413 at A" taken from the lesson picker on the Play view of abcd-defaults: it plays
 * failure-body-limit's "upload" (a 50 MB POST sent at 5 s, refused by A's 1 MiB limit with 413 at
 * once; the simulation ends there). It tells one event per step, asks just before 5 s with the
 * answers hidden (even when the playhead is dragged onto the failure), and shows them on "Show me".
 */
@ExtendWith(ApplicationExtension.class)
class LessonViewTest {

    private PlaybackFixture f;

    @Start
    void start(Stage stage) {
        // each test opens its own window
    }

    @BeforeEach
    void open(FxRobot robot) {
        f = new PlaybackFixture(Examples.project("abcd-defaults.json"), "roll C", Locale.ENGLISH)
                .show(robot, Theme.LIGHT, 1280, 720);
        robot.interact(() -> f.pane.lessons().travelMillisProperty().set(0));
    }

    @AfterEach
    void close(FxRobot robot) {
        f.close(robot);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aLessonHidesTheAnswerWhileItAsksAndShowsItOnShowMe(FxRobot robot) {
        LessonModel lesson = f.pane.lessons();
        robot.clickOn("#lesson-picker").clickOn("The 413 at A");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.pane.model().timeline().playhead().result().scenario().name()).isEqualTo("upload");
        assertThat(text(robot, "#lesson-caption")).startsWith("A client uploads 50 MB");

        List<String> told = new ArrayList<>();
        while (lesson.choicesProperty().get().isEmpty()) {
            robot.clickOn("#lesson-next");
            told.add(text(robot, "#lesson-caption"));
        }
        assertThat(told).allSatisfy(c -> assertThat(c).doesNotContain("\n"));
        assertThat(text(robot, "#lesson-caption")).isEqualTo("What happens to the 50 MB upload?");
        assertThat(f.pane.model().timeline().time()).isEqualTo(4_999);

        robot.interact(() -> f.pane.model().timeline().seek(f.pane.model().timeline().endTime()));
        assertThat(f.pane.model().timeline().time()).isEqualTo(5_000);
        robot.interact(() -> f.pane.model().selectedRequestProperty().set(0));
        assertThat(f.pane.canvas().failureMarks()).isEmpty();
        assertThat(text(robot, "#request-verdict")).isEqualTo("The verdict shows after you answer the question.");

        robot.clickOn("#lesson-choice-1");
        robot.clickOn("#lesson-show");

        assertThat(f.pane.canvas().failureMarks()).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(413));
        assertThat(text(robot, "#lesson-caption")).startsWith("nginx's client_max_body_size defaults to 1 MiB");
        assertThat(text(robot, "#lesson-feedback")).isEqualTo("You chose: A answers 413 at once. Right.");
        assertThat(text(robot, "#request-verdict")).startsWith("Failed: 413 at A.");
        robot.clickOn("#lesson-next");
        assertThat(text(robot, "#lesson-caption")).startsWith("That is the lesson.");
    }

    @Test
    void endingTheLessonShowsTheAnswersAgain(FxRobot robot) {
        robot.clickOn("#lesson-picker").clickOn("The 413 at A");
        assertThat(f.pane.model().answersHiddenProperty().get()).isTrue();

        robot.clickOn("#lesson-end");

        assertThat(f.pane.model().answersHiddenProperty().get()).isFalse();
        assertThat(f.pane.lessons().activeProperty().get()).isFalse();
    }
}
