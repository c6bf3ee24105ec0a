package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.playback.state.RequestPath.Link;
import dev.rollscope.app.playback.view.PathLine;
import dev.rollscope.app.theme.Theme;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The POST of failure-kong-quit's "roll C" drawn at 70 s (see RequestPathTest): its connection
 * runs from the client through A.1 and B.2 to C.2, which is stopping, and on to D.1, all waiting;
 * at 75 s the line into C.2 is the cut one.
 */
@ExtendWith(ApplicationExtension.class)
class RequestPathViewTest {

    private static final int A1 = 0;
    private static final int B2 = 4;
    private static final int C2 = 7;
    private static final int D1 = 8;

    private PlaybackFixture f;

    @Start
    void start(Stage stage) {
        // each test opens its own window
    }

    @BeforeEach
    void open(FxRobot robot) {
        f = new PlaybackFixture(Examples.project("failure-kong-quit.json"), "roll C", Locale.ENGLISH)
                .show(robot, Theme.LIGHT, 1280, 720);
    }

    @AfterEach
    void close(FxRobot robot) {
        f.close(robot);
    }

    private List<PathLine> linesAt(FxRobot robot, long t) {
        robot.interact(() -> f.pane.model().timeline().seek(t));
        return f.pane.canvas().pathLines().stream().filter(l -> l.request() == 0).toList();
    }

    private Rectangle2D card(int instance) {
        return f.pane.canvas().card(instance).orElseThrow();
    }

    @Test
    void at70sTheLineRunsFromC2ToD1ThroughEveryHopAndWaits(FxRobot robot) {
        List<PathLine> lines = linesAt(robot, 70_000);

        assertThat(lines).hasSize(5).allMatch(l -> l.state() == Link.WAITING);
        assertEndsAtLeftEdgeOf(lines.get(1), card(A1));
        assertEndsAtLeftEdgeOf(lines.get(2), card(B2));
        assertEndsAtLeftEdgeOf(lines.get(3), card(C2));
        PathLine last = lines.get(4);
        assertThat(last.x1()).isEqualTo(card(C2).getMaxX());
        assertThat(last.y1()).isEqualTo(card(C2).getMinY() + card(C2).getHeight() / 2);
        assertEndsAtLeftEdgeOf(last, card(D1));
    }

    @Test
    void at75sTheLineIntoC2IsCut(FxRobot robot) {
        List<PathLine> lines = linesAt(robot, 75_000);

        assertThat(lines).extracting(PathLine::state)
                .containsExactly(Link.WAITING, Link.WAITING, Link.WAITING, Link.CUT);
        assertEndsAtLeftEdgeOf(lines.get(3), card(C2));
    }

    @Test
    void longAfterTheFailureTheCutPathIsGoneUnlessTheRequestIsSelected(FxRobot robot) {
        assertThat(linesAt(robot, 85_000)).isEmpty();

        robot.interact(() -> f.pane.model().selectedRequestProperty().set(0));

        assertThat(linesAt(robot, 85_000)).hasSize(4);
    }

    private static void assertEndsAtLeftEdgeOf(PathLine line, Rectangle2D card) {
        assertThat(line.x2()).isEqualTo(card.getMinX());
        assertThat(line.y2()).isEqualTo(card.getMinY() + card.getHeight() / 2);
    }
}
