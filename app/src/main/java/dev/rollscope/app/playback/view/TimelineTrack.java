package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.PlaybackModel;
import dev.rollscope.app.playback.timeline.Marker;
import dev.rollscope.app.playback.timeline.TimelineModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The timeline's track: the scenario from 0 to its end, a tick per marker (disruption steps in
 * the warning colour, failures in red and taller), and the playhead. Pressing or dragging seeks.
 */
final class TimelineTrack extends Region {

    private static final double PAD = 8;

    private final PlaybackModel model;
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);

    TimelineTrack(PlaybackModel model) {
        this.model = model;
        getChildren().add(canvas);
        setPrefHeight(28);
        setMinHeight(28);
        canvas.setOnMousePressed(this::seek);
        canvas.setOnMouseDragged(this::seek);
        model.timelineProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.timeProperty().addListener((o, a, b) -> draw());
            }
            draw();
        });
        palette.addListener((obs, old, now) -> draw());
    }

    ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void seek(MouseEvent e) {
        TimelineModel t = model.timeline();
        if (t != null) {
            double share = (e.getX() - PAD) / Math.max(1, canvas.getWidth() - 2 * PAD);
            t.seek(Math.round(share * t.endTime()));
        }
    }

    private double x(TimelineModel t, long time) {
        return PAD + (canvas.getWidth() - 2 * PAD) * time / Math.max(1, t.endTime());
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = palette.get();
        double h = canvas.getHeight();
        g.setFill(p.background());
        g.fillRect(0, 0, canvas.getWidth(), h);
        TimelineModel t = model.timeline();
        if (t == null) {
            return;
        }
        g.setFill(p.line());
        g.fillRect(PAD, h / 2 - 2, canvas.getWidth() - 2 * PAD, 4);
        g.setLineWidth(2);
        for (Marker m : t.markers()) {
            boolean failure = m.kind() == Marker.Kind.FAILURE;
            g.setStroke(failure ? p.failure() : p.warning());
            double x = x(t, m.time());
            g.strokeLine(x, failure ? 2 : h / 2 - 7, x, failure ? h - 2 : h / 2 + 7);
        }
        double x = x(t, t.time());
        g.setFill(p.text());
        g.fillPolygon(new double[] {x - 6, x + 6, x}, new double[] {0, 0, 9}, 3);
        g.setStroke(p.text());
        g.strokeLine(x, 0, x, h);
    }
}
