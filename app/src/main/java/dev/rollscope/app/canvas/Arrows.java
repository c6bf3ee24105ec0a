package dev.rollscope.app.canvas;

import dev.rollscope.app.theme.StyleClasses;
import javafx.scene.Group;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/** An arrow from one point to another: a curve that leaves and arrives horizontally, and a head. */
final class Arrows extends Group {

    private static final double HEAD = 7;

    private final CubicCurve curve = new CubicCurve();
    private final Polygon head = new Polygon();

    Arrows() {
        curve.getStyleClass().add(StyleClasses.CONNECTOR);
        head.getStyleClass().add(StyleClasses.CONNECTOR_HEAD);
        getChildren().addAll(curve, head);
        setMouseTransparent(true);
    }

    /** An arrow of fixed width pointing right, for inside a node. */
    static Arrows horizontal(double width) {
        Arrows a = new Arrows();
        a.connect(0, 0, width, 0);
        return a;
    }

    void connect(double x1, double y1, double x2, double y2) {
        double end = x2 - HEAD;
        double pull = Math.max(12, (end - x1) / 2);
        curve.setStartX(x1);
        curve.setStartY(y1);
        curve.setControlX1(x1 + pull);
        curve.setControlY1(y1);
        curve.setControlX2(end - pull);
        curve.setControlY2(y2);
        curve.setEndX(end);
        curve.setEndY(y2);
        head.getPoints().setAll(end, y2 - HEAD / 2, x2, y2, end, y2 + HEAD / 2);
    }
}
