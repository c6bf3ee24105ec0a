package dev.rollscope.app.canvas;

import dev.rollscope.model.topology.Position;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The canvas keyboard: arrows select the neighbour, Alt+arrows reorder, Shift+arrows move,
 * Ctrl+arrows pan, Delete deletes, Escape clears the selection, Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z)
 * undo and redo, Ctrl + / Ctrl - zoom and Ctrl 0 fits the chain to the window.
 */
final class CanvasKeys {

    private static final double NUDGE = 10;
    private static final double PAN = 40;

    private final CanvasModel model;
    private final ChainCanvas canvas;

    private CanvasKeys(CanvasModel model, ChainCanvas canvas) {
        this.model = model;
        this.canvas = canvas;
    }

    static void install(CanvasModel model, ChainCanvas canvas) {
        CanvasKeys keys = new CanvasKeys(model, canvas);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (keys.handle(e)) {
                e.consume();
            }
        });
    }

    private boolean handle(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code.isArrowKey()) {
            arrow(e, dx(code), dy(code));
            return true;
        }
        if (e.isShortcutDown()) {
            return shortcut(e);
        }
        switch (code) {
            case DELETE, BACK_SPACE -> model.deleteSelected();
            case ESCAPE -> model.document().select(null);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean shortcut(KeyEvent e) {
        switch (e.getCode()) {
            case Z -> {
                if (e.isShiftDown()) {
                    model.redo();
                } else {
                    model.undo();
                }
            }
            case Y -> model.redo();
            case PLUS, EQUALS, ADD -> canvas.zoomBy(Viewport.STEP);
            case MINUS, SUBTRACT -> canvas.zoomBy(1 / Viewport.STEP);
            case DIGIT0, NUMPAD0 -> canvas.fitToWindow();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void arrow(KeyEvent e, int dx, int dy) {
        if (e.isShortcutDown()) {
            model.viewport().pan(-dx * PAN, -dy * PAN);
        } else if (e.isAltDown() && dx != 0) {
            model.moveSelected(dx);
        } else if (e.isShiftDown()) {
            nudge(dx * NUDGE, dy * NUDGE);
        } else if (dx != 0) {
            model.selectNeighbour(dx);
        }
    }

    private void nudge(double dx, double dy) {
        model.document().selectedHop().map(h -> canvas.nodeOf(h.id())).ifPresent(n ->
                model.place(n.hopId(), new Position(n.getLayoutX() + dx, n.getLayoutY() + dy)));
    }

    private static int dx(KeyCode code) {
        return code == KeyCode.LEFT || code == KeyCode.KP_LEFT ? -1 : code == KeyCode.RIGHT || code == KeyCode.KP_RIGHT ? 1 : 0;
    }

    private static int dy(KeyCode code) {
        return code == KeyCode.UP || code == KeyCode.KP_UP ? -1 : code == KeyCode.DOWN || code == KeyCode.KP_DOWN ? 1 : 0;
    }
}
