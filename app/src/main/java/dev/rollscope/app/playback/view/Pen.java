package dev.rollscope.app.playback.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the stage's painters draw with: the part of a canvas's {@link GraphicsContext} they use, with
 * its meaning (angles in degrees counter-clockwise from 3 o'clock, save/restore of every attribute
 * and the transform). {@link #on} draws on a canvas; the picture export also writes it as SVG.
 */
public interface Pen {

    /** A pen drawing on a canvas's graphics context. */
    static Pen on(GraphicsContext g) {
        return new CanvasPen(g);
    }

    void save();

    void restore();

    void translate(double x, double y);

    void scale(double x, double y);

    void setFill(Color c);

    void setStroke(Color c);

    void setLineWidth(double w);

    /** Dashes, or none when {@code dashes} is null. */
    void setLineDashes(double... dashes);

    void setFont(Font f);

    void setTextAlign(TextAlignment a);

    void setTextBaseline(VPos b);

    void fillRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeArc(double x, double y, double w, double h, double startAngle, double arcExtent, ArcType closure);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    void strokePolyline(double[] xs, double[] ys, int n);

    void fillText(String text, double x, double y);

    /** Text squeezed to {@code maxWidth} when it is wider. */
    void fillText(String text, double x, double y, double maxWidth);
}
