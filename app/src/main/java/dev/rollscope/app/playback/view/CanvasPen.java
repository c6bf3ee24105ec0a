package dev.rollscope.app.playback.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A {@link Pen} that draws on a canvas: every call passed on to its graphics context. */
record CanvasPen(GraphicsContext g) implements Pen {

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    @Override
    public void translate(double x, double y) {
        g.translate(x, y);
    }

    @Override
    public void scale(double x, double y) {
        g.scale(x, y);
    }

    @Override
    public void setFill(Color c) {
        g.setFill(c);
    }

    @Override
    public void setStroke(Color c) {
        g.setStroke(c);
    }

    @Override
    public void setLineWidth(double w) {
        g.setLineWidth(w);
    }

    @Override
    public void setLineDashes(double... dashes) {
        g.setLineDashes(dashes);
    }

    @Override
    public void setFont(Font f) {
        g.setFont(f);
    }

    @Override
    public void setTextAlign(TextAlignment a) {
        g.setTextAlign(a);
    }

    @Override
    public void setTextBaseline(VPos b) {
        g.setTextBaseline(b);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        g.fillRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        g.strokeRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeArc(double x, double y, double w, double h, double startAngle, double arcExtent,
                          ArcType closure) {
        g.strokeArc(x, y, w, h, startAngle, arcExtent, closure);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        g.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        g.strokePolygon(xs, ys, n);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        g.strokePolyline(xs, ys, n);
    }

    @Override
    public void fillText(String text, double x, double y) {
        g.fillText(text, x, y);
    }

    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        g.fillText(text, x, y, maxWidth);
    }
}
