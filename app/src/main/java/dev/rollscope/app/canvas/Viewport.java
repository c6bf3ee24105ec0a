package dev.rollscope.app.canvas;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;

/**
 * Zoom and pan of the canvas: a view point v shows the chain point (v - translate) / scale.
 * The scale stays within [{@link #MIN_SCALE}, {@link #MAX_SCALE}].
 */
public final class Viewport {

    public static final double MIN_SCALE = 0.2;
    public static final double MAX_SCALE = 3.0;
    /** One zoom step of the keyboard, buttons and mouse wheel. */
    public static final double STEP = 1.2;
    private static final double FIT_MARGIN = 24;
    private static final double FIT_MAX_SCALE = 1.25;

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyDoubleWrapper translateX = new ReadOnlyDoubleWrapper(this, "translateX");
    private final ReadOnlyDoubleWrapper translateY = new ReadOnlyDoubleWrapper(this, "translateY");

    // Properties

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty translateXProperty() {
        return translateX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty translateYProperty() {
        return translateY.getReadOnlyProperty();
    }

    /** The chain point shown at a view point. */
    public Point2D toChain(double viewX, double viewY) {
        return new Point2D((viewX - translateX.get()) / scale.get(), (viewY - translateY.get()) / scale.get());
    }

    // Commands

    /** Zooms by {@code factor}, keeping the chain point under the view point (pivotX, pivotY) in place. */
    public void zoom(double factor, double pivotX, double pivotY) {
        Point2D fixed = toChain(pivotX, pivotY);
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale.get() * factor));
        scale.set(s);
        translateX.set(pivotX - fixed.getX() * s);
        translateY.set(pivotY - fixed.getY() * s);
    }

    public void pan(double dx, double dy) {
        translateX.set(translateX.get() + dx);
        translateY.set(translateY.get() + dy);
    }

    /** Shows all of {@code chain} (chain coordinates), centred, in a view of the given size. */
    public void fit(Bounds chain, double viewWidth, double viewHeight) {
        if (chain.isEmpty() || viewWidth <= 2 * FIT_MARGIN || viewHeight <= 2 * FIT_MARGIN) {
            return;
        }
        double s = Math.min((viewWidth - 2 * FIT_MARGIN) / chain.getWidth(),
                (viewHeight - 2 * FIT_MARGIN) / chain.getHeight());
        s = Math.max(MIN_SCALE, Math.min(FIT_MAX_SCALE, s));
        scale.set(s);
        translateX.set((viewWidth - chain.getWidth() * s) / 2 - chain.getMinX() * s);
        translateY.set((viewHeight - chain.getHeight() * s) / 2 - chain.getMinY() * s);
    }
}
