package dev.rollscope.app.playback.sweep;

import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.model.analysis.sweep.SweepPoint;
import dev.rollscope.model.analysis.sweep.SweepResult;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * Outcome against start offset, one row per request: a cell per offset, green when the request
 * sent then succeeds, red when it fails, on a shared axis of seconds from the start of the
 * disruption (a line at 0). Clicking a cell hands its result and point to {@code onPick}.
 */
final class SweepChart extends Region {

    private static final double LABEL = 110;
    private static final double ROW = 28;
    private static final double TOP = 10;
    private static final double AXIS = 40;
    private static final double LEGEND = 24;

    private final SweepModel model;
    private final PlaybackTexts texts;
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final BiConsumer<SweepResult, SweepPoint> onPick;
    private SweepAxis axis;

    SweepChart(SweepModel model, PlaybackTexts texts, BiConsumer<SweepResult, SweepPoint> onPick) {
        this.model = model;
        this.texts = texts;
        this.onPick = onPick;
        getChildren().add(canvas);
        setMinHeight(90);
        model.resultsProperty().addListener((obs, old, now) -> {
            requestLayout();
            draw();
        });
        palette.addListener((obs, old, now) -> draw());
        canvas.setOnMouseClicked(this::pick);
    }

    ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    @Override
    protected double computePrefHeight(double width) {
        return TOP + ROW * model.resultsProperty().get().size() + AXIS + LEGEND;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void pick(MouseEvent e) {
        List<SweepResult> results = model.resultsProperty().get();
        int row = (int) Math.floor((e.getY() - TOP) / ROW);
        if (axis == null || row < 0 || row >= results.size() || e.getX() < LABEL) {
            return;
        }
        SweepResult r = results.get(row);
        long offset = axis.offsetAt(e.getX());
        SweepPoint nearest = r.points().get(0);
        for (SweepPoint p : r.points()) {
            if (Math.abs(p.offset() - offset) < Math.abs(nearest.offset() - offset)) {
                nearest = p;
            }
        }
        onPick.accept(r, nearest);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = palette.get();
        g.setFill(p.background());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        List<SweepResult> results = model.resultsProperty().get();
        axis = results.isEmpty() ? null : SweepAxis.of(results, LABEL, canvas.getWidth() - 10);
        if (axis == null) {
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            row(g, p, results.get(i), TOP + ROW * i);
        }
        double bottom = TOP + ROW * results.size();
        axis.paint(g, p, texts, TOP, bottom);
        g.setFill(p.muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(texts.get("sweep.axis"), (LABEL + canvas.getWidth()) / 2, bottom + 22);
        legend(g, p, bottom + AXIS + LEGEND / 2);
    }

    /** What the cells' colours mean. */
    private void legend(GraphicsContext g, Palette p, double y) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double x = LABEL;
        for (boolean ok : new boolean[] {true, false}) {
            g.setFill(ok ? p.ok() : p.failure());
            g.fillRect(x, y - 6, 18, 12);
            g.setFill(p.text());
            String label = ok ? texts.messages().labels().verdict(true) : texts.get("sweep.legend.fails");
            g.fillText(label, x + 24, y);
            x += 24 + label.length() * 7 + 24;
        }
    }

    private void row(GraphicsContext g, Palette p, SweepResult r, double y) {
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(p.text());
        g.fillText(r.requestId(), 6, y + ROW / 2, LABEL - 12);
        double w = Math.max(1, axis.x(r.step()) - axis.x(0));
        for (SweepPoint pt : r.points()) {
            g.setFill(pt.ok() ? p.ok() : p.failure());
            g.fillRect(axis.x(pt.offset()) - w / 2, y + 4, w, ROW - 8);
        }
    }
}
