package dev.rollscope.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.DesignerFixture;
import dev.rollscope.app.TestProjects;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.StyleClasses;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.topology.Hop;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ChainCanvasViewTest {

    private DesignerFixture f;

    @Start
    void start(Stage stage) {
        f = new DesignerFixture(TestProjects.abcd(), Locale.ENGLISH);
        stage.setScene(f.scene(Theme.LIGHT, 1200, 700));
        stage.show();
        f.canvas.fitToWindow();
    }

    @Test
    void draggingAKindFromThePaletteBetweenTwoHopsInsertsItThere(FxRobot robot) {
        robot.drag("#palette-nginx_l4").dropTo(gapBetween(robot, "A", "B"));

        assertThat(ids()).containsExactly("A", "E", "B", "C", "D");
        assertThat(f.document.selectedHopIdProperty().get()).isEqualTo("E");
        assertThat(robot.lookup("#hop-E").tryQuery()).isPresent();
    }

    @Test
    void droppingAKindWhereTheChainForbidsItIsRefusedWithANotice(FxRobot robot) {
        robot.drag("#palette-app_runtime").dropTo(gapBetween(robot, "A", "B"));

        assertThat(ids()).containsExactly("A", "B", "C", "D");
        Label notice = robot.lookup("#canvas-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo(
                "The chain already ends in the application D: a chain has one application, at its end.");
    }

    @Test
    void clickingAPaletteItemInsertsAfterTheSelectedHop(FxRobot robot) {
        robot.clickOn(card(robot, "A"));

        robot.clickOn("#palette-generic_l7");

        assertThat(ids()).containsExactly("A", "E", "B", "C", "D");
    }

    @Test
    void clickingAHopSelectsItAndTheBackgroundClearsTheSelection(FxRobot robot) {
        robot.clickOn(card(robot, "C"));
        assertThat(f.document.selectedHopIdProperty().get()).isEqualTo("C");
        assertThat(card(robot, "C").getPseudoClassStates()).contains(StyleClasses.SELECTED);

        Bounds canvas = robot.lookup("#canvas").query().localToScreen(robot.lookup("#canvas").query()
                .getLayoutBounds());
        robot.clickOn(new Point2D(canvas.getMinX() + 40, canvas.getMinY() + 40));

        assertThat(f.document.selectedHopIdProperty().get()).isNull();
    }

    @Test
    void clickingTheClientSelectsItForTheInspector(FxRobot robot) {
        robot.clickOn("#client");

        assertThat(f.document.clientSelectedProperty().get()).isTrue();
        assertThat(f.inspectorModel.headingProperty().get()).isEqualTo("Client and network");
    }

    @Test
    void deleteKeyRemovesTheSelectedHopAndUndoBringsItBack(FxRobot robot) {
        robot.clickOn(card(robot, "B"));

        robot.type(KeyCode.DELETE);
        assertThat(ids()).containsExactly("A", "C", "D");
        assertThat(robot.lookup("#hop-B").tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(ids()).containsExactly("A", "B", "C", "D");
        assertThat(robot.lookup("#hop-B").tryQuery()).isPresent();
    }

    @Test
    void undoButtonSaysWhatItUndoesAndUndoesIt(FxRobot robot) {
        robot.clickOn(card(robot, "B"));
        robot.type(KeyCode.DELETE);
        Button undo = robot.lookup("#undo").queryAs(Button.class);
        assertThat(undo.getTooltip().getText()).isEqualTo("Undo deletion of B");

        robot.clickOn(undo);

        assertThat(ids()).containsExactly("A", "B", "C", "D");
        assertThat(undo.isDisabled()).isTrue();
    }

    @Test
    void altRightMovesTheSelectedHopLaterInTheChain(FxRobot robot) {
        robot.clickOn(card(robot, "A"));

        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);

        assertThat(ids()).containsExactly("B", "A", "C", "D");
    }

    @Test
    void draggingAHopPastItsNeighbourReordersTheChain(FxRobot robot) {
        robot.drag(card(robot, "A")).dropTo(gapBetween(robot, "B", "C"));

        assertThat(ids()).containsExactly("B", "A", "C", "D");
    }

    @Test
    void draggingAHopDownwardsMovesItOnTheCanvasOnly(FxRobot robot) {
        Point2D from = centre(card(robot, "B"));

        robot.drag(card(robot, "B")).dropTo(from.add(0, 120));

        assertThat(ids()).containsExactly("A", "B", "C", "D");
        assertThat(f.document.project().topology().layout().of("B")).isPresent();
        assertThat(f.document.commands().undoCommandProperty().get().description(Messages.of(Locale.ENGLISH)))
                .isEqualTo("move of B on the canvas");
    }

    @Test
    void badgeShowsTheWorstFindingOfItsHop(FxRobot robot) {
        robot.interact(() -> f.canvasModel.findings().setAll(
                new HopFinding("A", Severity.WARNING, "keepalive 75s < 600s"),
                new HopFinding("A", Severity.ERROR, "413 for a 50MB POST"),
                new HopFinding("B", Severity.INFO, "note")));

        FindingBadge a = f.canvas.nodeOf("A").badge();
        assertThat(a.isVisible()).isTrue();
        assertThat(a.worst()).isEqualTo(Severity.ERROR);
        assertThat(a.getPseudoClassStates()).contains(StyleClasses.ERROR);
        assertThat(f.canvas.nodeOf("C").badge().isVisible()).isFalse();
    }

    /** 25 single findings and one line standing for 1,000: the badge says 1025; its tooltip lists 20 and the rest as a count. */
    @Test
    void badgeCountsEveryFindingAndItsTooltipListsTheFirstTwenty(FxRobot robot) {
        java.util.List<HopFinding> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            many.add(new HopFinding("A", Severity.ERROR, "up." + i + " 413"));
        }
        many.add(new HopFinding("A", Severity.ERROR, "1,000 more failed requests", 1000));
        robot.interact(() -> f.canvasModel.findings().setAll(many));

        FindingBadge a = f.canvas.nodeOf("A").badge();
        assertThat(a.countText()).isEqualTo("1025");
        assertThat(a.tooltipText().lines()).hasSize(FindingBadge.TOOLTIP_LINES + 1)
                .startsWith("Request fails: up.1 413").endsWith("\u2026 and 1,005 more");
    }

    @Test
    void instancesShowOldAndNewVersions(FxRobot robot) {
        robot.interact(() -> f.canvasModel.instanceMixes().put("D", new InstanceMix(2, 1)));

        assertThat(f.canvas.nodeOf("D").instances().counts()).containsExactly(2, 1);
        assertThat(f.canvas.nodeOf("A").instances().counts()).containsExactly(3, 0);
    }

    @Test
    void zoomButtonsAndFitChangeTheScale(FxRobot robot) {
        double fitted = f.canvasModel.viewport().scaleProperty().get();

        robot.clickOn("#zoom-in");
        assertThat(f.canvasModel.viewport().scaleProperty().get()).isCloseTo(fitted * Viewport.STEP, within());

        robot.clickOn("#fit");
        assertThat(f.canvasModel.viewport().scaleProperty().get()).isCloseTo(fitted, within());
    }

    private List<String> ids() {
        return f.document.project().topology().hops().stream().map(Hop::id).collect(Collectors.toList());
    }

    private static Node card(FxRobot robot, String hopId) {
        return robot.lookup("#hop-" + hopId + " ." + StyleClasses.HOP).query();
    }

    private static Point2D gapBetween(FxRobot robot, String left, String right) {
        Bounds l = card(robot, left).localToScreen(card(robot, left).getLayoutBounds());
        Node r = robot.lookup("#hop-" + right).query();
        Bounds rb = r.localToScreen(r.getLayoutBounds());
        return new Point2D((l.getMaxX() + rb.getMinX()) / 2, (l.getMinY() + l.getMaxY()) / 2);
    }

    private static Point2D centre(Node node) {
        Bounds b = node.localToScreen(node.getLayoutBounds());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
