package dev.rollscope.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;

/**
 * Pan and zoom with the pointer: dragging the background pans (and a click on it clears the
 * selection), the wheel with Ctrl or a pinch zooms around the pointer, the wheel alone pans.
 */
final class ViewportGesture {

    private final CanvasModel model;
    private final Region view;
    private Point2D last;
    private boolean panned;

    private ViewportGesture(CanvasModel model, Region view) {
        this.model = model;
        this.view = view;
    }

    static void install(CanvasModel model, Region view) {
        ViewportGesture g = new ViewportGesture(model, view);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, g::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, g::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, g::released);
        view.addEventHandler(ScrollEvent.SCROLL, g::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, e -> model.viewport().zoom(e.getZoomFactor(), e.getX(), e.getY()));
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        last = e.getButton() == MouseButton.SECONDARY ? null : new Point2D(e.getX(), e.getY());
        panned = false;
    }

    private void dragged(MouseEvent e) {
        if (last == null) {
            return;
        }
        model.viewport().pan(e.getX() - last.getX(), e.getY() - last.getY());
        last = new Point2D(e.getX(), e.getY());
        panned = true;
    }

    private void released(MouseEvent e) {
        if (last != null && !panned) {
            model.document().select(null);
        }
        last = null;
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            model.viewport().zoom(e.getDeltaY() > 0 ? Viewport.STEP : 1 / Viewport.STEP, e.getX(), e.getY());
        } else {
            model.viewport().pan(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }
}
