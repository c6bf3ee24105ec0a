package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.playback.state.InstanceView;
import dev.rollscope.app.playback.timeline.TimelineModel;
import dev.rollscope.app.playback.view.FailureMark;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.sim.SimulationResult;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Failure marks at 1024×700, where a hop's column is narrow: abcd-defaults' "roll C" (the POST
 * refused with 413 at A at 9 s) and failure-kong-quit's "roll C" (the POST cut at C when Kong's
 * quit times out). Each mark and its label lie inside the column of the hop that cut, and cover no
 * other hop's card; the label itself explains the failure.
 */
@ExtendWith(ApplicationExtension.class)
class FailureLabelTest {

    private PlaybackFixture f;

    @Start
    void start(Stage stage) {
        // each test opens its own window
    }

    @AfterEach
    void close(FxRobot robot) {
        f.close(robot);
    }

    private void open(FxRobot robot, String file) {
        f = new PlaybackFixture(Examples.project(file), "roll C", Locale.ENGLISH).show(robot, Theme.LIGHT, 1024, 700);
        TimelineModel t = f.pane.model().timeline();
        robot.interact(() -> t.seek(t.endTime()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void the413LabelLiesInAsColumnAndCoversNoCardOfB(FxRobot robot) {
        open(robot, "abcd-defaults.json");

        FailureMark mark = f.pane.canvas().failureMarks().get(0);
        assertThat(mark.hop()).isEqualTo("A");
        assertInsideItsColumnAndOffOtherCards(mark);
    }

    @Test
    void theKongQuitLabelLiesInCsColumnAndCoversNoCardOfD(FxRobot robot) {
        open(robot, "failure-kong-quit.json");

        List<FailureMark> marks = f.pane.canvas().failureMarks();
        assertThat(marks).extracting(FailureMark::hop).contains("C");
        marks.forEach(this::assertInsideItsColumnAndOffOtherCards);
    }

    @Test
    void hoveringTheLabelExplainsTheFailureAndClickingItSelectsTheRequest(FxRobot robot) {
        open(robot, "abcd-defaults.json");
        Rectangle2D label = f.pane.canvas().failureMarks().get(0).label();
        double x = label.getMaxX() - 4;
        double y = label.getMinY() + label.getHeight() / 2;

        robot.moveTo(f.pane.canvas().localToScreen(x, y));
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip tip = robot.listWindows().stream().filter(Tooltip.class::isInstance).map(Tooltip.class::cast)
                .filter(Tooltip::isShowing).findFirst().orElseThrow();
        assertThat(tip.getText()).startsWith("POST-50MB (POST): 413 at A\n").contains("\n\nBroken inequality: ");
        robot.clickOn(f.pane.canvas().localToScreen(x, y));

        assertThat(robot.lookup("#request-verdict").queryAs(Label.class).getText()).startsWith("Failed: 413 at A.");
    }

    private void assertInsideItsColumnAndOffOtherCards(FailureMark mark) {
        SimulationResult result = f.pane.model().timeline().playhead().result();
        int hop = result.topology().indexOf(mark.hop());
        Rectangle2D column = f.pane.canvas().hopColumn(hop).orElseThrow();
        assertThat(column.contains(mark.label())).as("label %s in column %s", mark.label(), column).isTrue();
        assertThat(column.contains(mark.x(), mark.y())).isTrue();
        for (InstanceView i : f.pane.model().timeline().playhead().instances(f.pane.model().timeline().time())) {
            if (i.exists() && i.hop() != hop) {
                Rectangle2D card = f.pane.canvas().card(i.index()).orElseThrow();
                assertThat(card.intersects(mark.label())).as("label over %s", i.id()).isFalse();
            }
        }
    }
}
