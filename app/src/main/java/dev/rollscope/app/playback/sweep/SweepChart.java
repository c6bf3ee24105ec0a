package dev.rollscope.app.playback.sweep;

import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.app.theme.Fonts;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.sim.Cause;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The {@link SweepHeatmap} drawn: start offset across (ticks in seconds from the start of the
 * disruption, a line at 0), per request a heading and a line per route down, cells coloured by
 * outcome, and a legend below. Hovering a cell says what it is; clicking it hands it to {@code onPick}.
 */
final class SweepChart extends Region {

    private static final double TOP = 6;
    private static final double LINE = 20;
    private static final double AXIS = 40;
    private static final double LEGEND_LINE = 20;
    private static final double SWATCH = 12;
    private static final double RIGHT = 14;

    private final SweepModel model;
    private final PlaybackTexts texts;
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final Consumer<SweepHeatmap.Cell> onPick;
    private final Tooltip tip = new Tooltip();
    private final Font font;
    private final Font bold;
    private SweepHeatmap heatmap = SweepHeatmap.of(List.of());
    private SweepAxis axis;
    private double labelWidth;

    SweepChart(SweepModel model, PlaybackTexts texts, Consumer<SweepHeatmap.Cell> onPick) {
        this.model = model;
        this.texts = texts;
        this.onPick = onPick;
        String family = Fonts.familyFor(texts.locale()).orElse(Font.getDefault().getFamily());
        font = Font.font(family, 12);
        bold = Font.font(family, FontWeight.BOLD, 12);
        getChildren().add(canvas);
        setMinHeight(90);
        model.resultsProperty().addListener((obs, old, now) -> show(now));
        palette.addListener((obs, old, now) -> draw());
        canvas.setOnMouseClicked(e -> cellAt(e).ifPresent(onPick));
        canvas.setOnMouseMoved(this::hover);
        tip.setShowDelay(Duration.millis(150));
        show(model.resultsProperty().get());
    }

    ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** What is drawn (for tests). */
    SweepHeatmap heatmap() {
        return heatmap;
    }

    /** Where a cell's centre is drawn, in the chart's coordinates (for tests); empty before layout. */
    Optional<double[]> centreOf(int line, long offset) {
        return axis == null ? Optional.empty() : Optional.of(new double[] {axis.x(offset), TOP + LINE * (line + 0.5)});
    }

    private void show(List<SweepResult> results) {
        heatmap = SweepHeatmap.of(results);
        labelWidth = 0;
        for (SweepHeatmap.Line l : heatmap.lines()) {
            labelWidth = Math.max(labelWidth, width(label(l), l.heading() ? bold : font));
        }
        labelWidth += 16;
        requestLayout();
        draw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return TOP + LINE * heatmap.lines().size() + AXIS + LEGEND_LINE * legendLines(width > 0 ? width : getWidth());
    }

    /** The legend's lines, hence the height, depend on the width. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 320;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private double left() {
        return Math.min(labelWidth, getWidth() * 0.45);
    }

    private Optional<SweepHeatmap.Cell> cellAt(MouseEvent e) {
        if (axis == null || e.getX() < left()) {
            return Optional.empty();
        }
        return heatmap.cellAt((int) Math.floor((e.getY() - TOP) / LINE), axis.offsetAt(e.getX()));
    }

    private void hover(MouseEvent e) {
        Optional<SweepHeatmap.Cell> cell = cellAt(e);
        if (cell.isEmpty()) {
            Tooltip.uninstall(canvas, tip);
            return;
        }
        SweepHeatmap.Cell c = cell.get();
        String outcome = c.routed().ok() ? texts.messages().labels().verdict(true)
                : texts.format("sweep.cell.failure", c.routed().outcome().statusText(),
                c.routed().outcome().failure().hop(), texts.name(c.cause()));
        tip.setText(texts.format("sweep.cell", SweepView.caseText(texts, c), outcome));
        Tooltip.install(canvas, tip);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = palette.get();
        g.setFill(p.background());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        List<SweepResult> results = model.resultsProperty().get();
        double right = canvas.getWidth() - RIGHT;
        axis = results.isEmpty() || right <= left() + 20 ? null : SweepAxis.of(results, left(), right);
        if (axis == null) {
            return;
        }
        g.setFont(font);
        for (int i = 0; i < heatmap.lines().size(); i++) {
            line(g, p, i, TOP + LINE * i);
        }
        double bottom = TOP + LINE * heatmap.lines().size();
        axis.paint(g, p, texts, TOP, bottom);
        g.setFill(p.muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(texts.get("sweep.axis"), (left() + right) / 2, bottom + 22, right - left());
        legend(g, p, bottom + AXIS);
    }

    private void line(GraphicsContext g, Palette p, int i, double y) {
        SweepHeatmap.Line l = heatmap.lines().get(i);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(l.heading() ? p.text() : p.muted());
        g.setFont(l.heading() ? bold : font);
        g.fillText(label(l), l.heading() ? 4 : 12, y + LINE / 2, left() - (l.heading() ? 8 : 16));
        g.setFont(font);
        if (l.heading()) {
            g.setStroke(p.line());
            g.setLineWidth(1);
            g.strokeLine(left(), y + LINE - 0.5, canvas.getWidth() - RIGHT, y + LINE - 0.5);
            return;
        }
        double w = Math.max(1, axis.x(l.result().step()) - axis.x(0));
        for (SweepHeatmap.Cell c : heatmap.cells(i)) {
            g.setFill(heatmap.colour(c, p));
            g.fillRect(axis.x(c.point().offset()) - w / 2, y + 2, w, LINE - 4);
        }
    }

    private String label(SweepHeatmap.Line l) {
        return l.heading() ? l.result().requestId() : l.route().isEmpty() ? texts.get("sweep.route.none") : l.route();
    }

    /** The legend's entries: survived, each cause shown, and what a missing cell means when there is one. */
    private List<Entry> entries(Palette p) {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry(p.ok(), texts.messages().labels().verdict(true)));
        for (Cause c : heatmap.causes()) {
            out.add(new Entry(heatmap.colour(c, p), texts.format("sweep.legend.cause", texts.name(c))));
        }
        if (heatmap.gaps()) {
            out.add(new Entry(null, texts.get("sweep.legend.none")));
        }
        return out;
    }

    private record Entry(Color colour, String text) {
    }

    private int legendLines(double width) {
        return layoutLegend(entries(palette.get()), width, null, 0);
    }

    private void legend(GraphicsContext g, Palette p, double top) {
        layoutLegend(entries(p), canvas.getWidth(), g, top);
    }

    /** Lays the entries out in lines as wide as the chart, drawing them when {@code g} is given. */
    private int layoutLegend(List<Entry> entries, double width, GraphicsContext g, double top) {
        double x = 4;
        int line = 0;
        for (Entry e : entries) {
            double w = SWATCH + 6 + width(e.text(), font) + 16;
            if (x > 4 && x + w > width - RIGHT) {
                x = 4;
                line++;
            }
            if (g != null) {
                double y = top + line * LEGEND_LINE + LEGEND_LINE / 2;
                if (e.colour() == null) {
                    g.setStroke(palette.get().line());
                    g.setLineWidth(1);
                    g.strokeRect(x + 0.5, y - SWATCH / 2 + 0.5, SWATCH - 1, SWATCH - 1);
                } else {
                    g.setFill(e.colour());
                    g.fillRect(x, y - SWATCH / 2, SWATCH, SWATCH);
                }
                g.setFill(palette.get().text());
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.CENTER);
                g.setFont(font);
                g.fillText(e.text(), x + SWATCH + 6, y);
            }
            x += w;
        }
        return line + 1;
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
