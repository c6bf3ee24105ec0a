package dev.rollscope.app.canvas;

import dev.rollscope.model.topology.Position;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Pressing a hop selects it; dragging it moves it. On release a hop dropped between two others
 * moves there in the chain; one dropped in its own place just gets the new canvas position.
 */
final class HopDragGesture {

    private static final double THRESHOLD = 4;

    private final CanvasModel model;
    private final ChainPane chain;
    private final HopNode node;
    private Point2D start;
    private boolean moved;

    private HopDragGesture(CanvasModel model, ChainPane chain, HopNode node) {
        this.model = model;
        this.chain = chain;
        this.node = node;
    }

    static void install(CanvasModel model, ChainPane chain, HopNode node) {
        HopDragGesture g = new HopDragGesture(model, chain, node);
        node.setOnMousePressed(g::pressed);
        node.setOnMouseDragged(g::dragged);
        node.setOnMouseReleased(g::released);
    }

    private void pressed(MouseEvent e) {
        model.document().select(node.hopId());
        chain.getParent().requestFocus();
        start = e.getButton() == MouseButton.PRIMARY ? chain.sceneToLocal(e.getSceneX(), e.getSceneY()) : null;
        moved = false;
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (start == null) {
            return;
        }
        Point2D now = chain.sceneToLocal(e.getSceneX(), e.getSceneY());
        Point2D delta = now.subtract(start);
        moved = moved || delta.magnitude() >= THRESHOLD;
        if (moved) {
            node.setTranslateX(delta.getX());
            node.setTranslateY(delta.getY());
            chain.showMarker(newIndex() != currentIndex() ? markerIndex() : -1);
            chain.requestLayout();
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        e.consume();
        if (start == null || !moved) {
            return;
        }
        int target = newIndex();
        Position dropped = new Position(node.getLayoutX() + node.getTranslateX(), node.getLayoutY() + node.getTranslateY());
        node.setTranslateX(0);
        node.setTranslateY(0);
        chain.showMarker(-1);
        if (target != currentIndex()) {
            model.reorder(node.hopId(), target);
        } else {
            model.place(node.hopId(), dropped);
        }
        chain.requestLayout();
        start = null;
    }

    private int currentIndex() {
        return chain.hopNodes().indexOf(node);
    }

    private int newIndex() {
        return chain.indexAt(node.getBoundsInParent().getCenterX(), node);
    }

    /** The marker index among all nodes, for the gap the node would move into. */
    private int markerIndex() {
        int target = newIndex();
        return target > currentIndex() ? target + 1 : target;
    }
}
