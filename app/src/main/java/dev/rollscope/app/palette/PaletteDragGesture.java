package dev.rollscope.app.palette;

import dev.rollscope.model.topology.HopKind;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * Dragging a kind from the palette onto the chain: pressing a palette item and moving past a few
 * pixels starts it; the target is told where the pointer is and inserts on release over it.
 */
final class PaletteDragGesture {

    private static final double THRESHOLD = 5;

    private final HopKind kind;
    private final InsertionTarget target;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private boolean overTarget;

    private PaletteDragGesture(HopKind kind, InsertionTarget target) {
        this.kind = kind;
        this.target = target;
    }

    static void install(Node item, HopKind kind, InsertionTarget target) {
        PaletteDragGesture g = new PaletteDragGesture(kind, target);
        item.addEventHandler(MouseEvent.MOUSE_PRESSED, g::pressed);
        item.addEventHandler(MouseEvent.MOUSE_DRAGGED, g::dragged);
        item.addEventHandler(MouseEvent.MOUSE_RELEASED, g::released);
    }

    private void pressed(MouseEvent e) {
        pressX = e.getSceneX();
        pressY = e.getSceneY();
        dragging = false;
        overTarget = false;
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getSceneX() - pressX, e.getSceneY() - pressY) < THRESHOLD) {
            return;
        }
        dragging = true;
        ((Node) e.getSource()).getScene().setCursor(Cursor.CLOSED_HAND);
        overTarget = target.hover(kind, e.getSceneX(), e.getSceneY());
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!dragging) {
            return;
        }
        ((Node) e.getSource()).getScene().setCursor(null);
        if (overTarget && target.hover(kind, e.getSceneX(), e.getSceneY())) {
            target.drop(kind, e.getSceneX(), e.getSceneY());
        } else {
            target.leave();
        }
        dragging = false;
        e.consume();
    }
}
