package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.PlaybackModel;
import dev.rollscope.app.playback.timeline.Marker;
import dev.rollscope.app.playback.timeline.TimeWindow;
import dev.rollscope.app.playback.timeline.TimelineModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * The timeline's track over the shown {@link TimeWindow}: labelled ticks in seconds below, a mark per
 * {@link Marker} (disruption steps in the warning colour, failures in red and taller) named above
 * where there is room, and the playhead. Pressing or dragging seeks; the mouse wheel zooms around
 * the pointer, with Shift (or sideways) it pans; a double click shows everything again.
 */
final class TimelineTrack extends Region {

    private static final double PAD = 8;
    private static final double HEIGHT = 48;
    private static final double BAR_Y = 22;

    private final PlaybackModel model;
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final CanvasFont fonts;
    private TimeWindow window;
    private MarkerNames names;

    TimelineTrack(PlaybackModel model) {
        this.model = model;
        this.fonts = new CanvasFont(model.texts().locale());
        getChildren().add(canvas);
        setPrefHeight(HEIGHT);
        setMinHeight(HEIGHT);
        canvas.setOnMousePressed(this::seek);
        canvas.setOnMouseDragged(this::seek);
        canvas.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && window != null) {
                window.showAll();
            }
        });
        canvas.setOnScroll(this::scroll);
        model.timelineProperty().addListener((obs, old, now) -> attach(now));
        attach(model.timeline());
        palette.addListener((obs, old, now) -> draw());
        model.answersHiddenProperty().addListener((obs, old, now) -> draw());
    }

    ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** The shown part of the time, or null before a simulation is loaded. */
    TimeWindow window() {
        return window;
    }

    private void attach(TimelineModel t) {
        if (t != null) {
            window = TimeWindow.after(window, t.endTime());
            window.fromProperty().addListener((o, a, b) -> draw());
            window.toProperty().addListener((o, a, b) -> draw());
            names = new MarkerNames(t.playhead().result(), model.texts());
            t.timeProperty().addListener((o, a, b) -> {
                if (t == model.timeline()) {
                    window.follow(b.longValue());
                    draw();
                }
            });
        }
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private double width() {
        return Math.max(1, canvas.getWidth() - 2 * PAD);
    }

    private long timeAt(double x) {
        return window.from() + Math.round((x - PAD) / width() * window.span());
    }

    private double x(long time) {
        return PAD + width() * (time - window.from()) / Math.max(1, window.span());
    }

    private void seek(MouseEvent e) {
        TimelineModel t = model.timeline();
        if (t != null) {
            t.seek(Math.max(window.from(), Math.min(window.to(), timeAt(e.getX()))));
        }
    }

    private void scroll(ScrollEvent e) {
        if (window == null) {
            return;
        }
        double sideways = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
        if (sideways != 0) {
            window.pan(Math.round(-sideways / width() * window.span()));
        } else if (e.getDeltaY() != 0) {
            window.zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, timeAt(e.getX()));
        }
        e.consume();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = palette.get();
        double w = canvas.getWidth();
        g.setFill(p.background());
        g.fillRect(0, 0, w, canvas.getHeight());
        TimelineModel t = model.timeline();
        if (t == null || window == null) {
            return;
        }
        g.setFill(p.line());
        g.fillRect(PAD, BAR_Y - 2, width(), 4);
        ticks(g, p);
        markers(g, p, t);
        double x = x(t.time());
        g.setFill(p.text());
        g.fillPolygon(new double[] {x - 6, x + 6, x}, new double[] {BAR_Y - 12, BAR_Y - 12, BAR_Y - 3}, 3);
        g.setStroke(p.text());
        g.setLineWidth(2);
        g.strokeLine(x, BAR_Y - 12, x, BAR_Y + 10);
    }

    private void ticks(GraphicsContext g, Palette p) {
        long tick = window.tick(width());
        g.setStroke(p.muted());
        g.setFill(p.muted());
        g.setLineWidth(1);
        g.setFont(fonts.regular(10));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (long s = Math.floorDiv(window.from() + tick - 1, tick) * tick; s <= window.to(); s += tick) {
            double x = x(s);
            g.strokeLine(x, BAR_Y + 3, x, BAR_Y + 8);
            String label = model.texts().format("timeline.tick", s / 1000.0);
            double half = CanvasFont.width(label, fonts.regular(10)) / 2;
            g.fillText(label, Math.max(half + 1, Math.min(canvas.getWidth() - half - 1, x)), BAR_Y + 10);
        }
    }

    /** Each marker as a line on the bar, named above it when the name does not run into the last one. */
    private void markers(GraphicsContext g, Palette p, TimelineModel t) {
        g.setFont(fonts.regular(10));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        double free = 0;
        for (Marker m : t.markers()) {
            boolean failure = m.kind() == Marker.Kind.FAILURE;
            if (m.time() < window.from() || m.time() > window.to() || failure && model.answersHiddenProperty().get()) {
                continue;
            }
            double x = x(m.time());
            g.setStroke(failure ? p.failure() : p.warning());
            g.setLineWidth(2);
            g.strokeLine(x, failure ? BAR_Y - 10 : BAR_Y - 6, x, failure ? BAR_Y + 8 : BAR_Y + 6);
            String name = names.name(m);
            double nameWidth = CanvasFont.width(name, fonts.regular(10));
            if (x + 3 >= free && x + 3 + nameWidth <= canvas.getWidth()) {
                g.setFill(failure ? p.failure() : p.warning());
                g.fillText(name, x + 3, 0);
                free = x + 3 + nameWidth + 8;
            }
        }
    }
}
