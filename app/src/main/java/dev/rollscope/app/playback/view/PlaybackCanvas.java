package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.PlaybackModel;
import dev.rollscope.app.playback.state.PlayheadState;
import dev.rollscope.app.playback.state.RequestPhase;
import dev.rollscope.app.playback.state.RequestView;
import dev.rollscope.app.playback.timeline.TimelineModel;
import dev.rollscope.model.sim.SimulationResult;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * The playback stage: one {@link Canvas} (no node per token) redrawn from the playhead's state
 * whenever the time, the selection or the size changes. It keeps what it drew last (token places
 * and failure marks) for hit tests; {@link PlaybackHover} uses them for tooltips and clicks.
 */
public final class PlaybackCanvas extends Region {

    private final PlaybackModel model;
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final CanvasFont fonts;
    private final LegendPainter legend;
    private Painters painters;
    private List<FailureMark> marks = List.of();
    private List<double[]> tokens = List.of();
    private List<PathLine> paths = List.of();

    /** The painters of one simulation. */
    private record Painters(StageLayout layout, ChainPainter chain, PathPainter paths, TokenPainter tokens,
                            MarkPainter marks) {
    }

    public PlaybackCanvas(PlaybackModel model) {
        this.model = model;
        this.fonts = new CanvasFont(model.texts().locale());
        this.legend = new LegendPainter(model.texts(), fonts);
        getChildren().add(canvas);
        setMinSize(320, 200);
        model.timelineProperty().addListener((obs, old, now) -> attach(now));
        model.selectedRequestProperty().addListener((obs, old, now) -> redraw());
        palette.addListener((obs, old, now) -> redraw());
        zoom.addListener((obs, old, now) -> redraw());
        model.answersHiddenProperty().addListener((obs, old, now) -> redraw());
        attach(model.timeline());
        new PlaybackHover(this, model);
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** How much larger than usual everything is drawn (a presentation's large type), 1 normally. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** The failure marks of the last drawing, in drawing units (canvas pixels at zoom 1). */
    public List<FailureMark> failureMarks() {
        return marks;
    }

    /** The connections of the requests' paths in the last drawing. */
    public List<PathLine> pathLines() {
        return paths;
    }

    /** Hop h's column in the last drawing (drawing units), or empty before one. */
    public Optional<Rectangle2D> hopColumn(int hop) {
        if (painters == null) {
            return Optional.empty();
        }
        StageLayout l = painters.layout();
        return Optional.of(new Rectangle2D(l.columnLeft(hop), 0, l.columnRight(hop) - l.columnLeft(hop), l.height()));
    }

    /** Where instance i's box (card) was drawn in the last drawing (drawing units), or empty before one. */
    public Optional<Rectangle2D> card(int instance) {
        if (painters == null) {
            return Optional.empty();
        }
        StageLayout l = painters.layout();
        int hop = timeline().playhead().result().instances().get(instance).hop();
        double w = l.boxWidth();
        return Optional.of(new Rectangle2D(l.hopX(hop) - w / 2, l.y(instance) - StageLayout.BOX_HEIGHT / 2, w,
                StageLayout.BOX_HEIGHT));
    }

    private TimelineModel timeline() {
        return model.timeline();
    }

    /** The request whose token was drawn at (x, y), if any. */
    public Optional<Integer> requestAt(double px, double py) {
        double x = px / zoom.get();
        double y = py / zoom.get();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            double[] t = tokens.get(i);
            if (Math.hypot(t[0] - x, t[1] - y) <= TokenPainter.R + 3) {
                return Optional.of((int) t[2]);
            }
        }
        return Optional.empty();
    }

    /** The failure mark drawn at (x, y), if any. */
    public Optional<FailureMark> markAt(double x, double y) {
        return marks.stream().filter(m -> m.hit(x / zoom.get(), y / zoom.get())).findFirst();
    }

    private void attach(TimelineModel timeline) {
        painters = null;
        if (timeline != null) {
            SimulationResult r = timeline.playhead().result();
            StageLayout layout = new StageLayout(r);
            painters = new Painters(layout, new ChainPainter(layout, r.topology().hops(), model.texts()),
                    new PathPainter(layout, timeline.playhead()), new TokenPainter(layout, r), new MarkPainter(layout, r, model.texts()));
            timeline.timeProperty().addListener((obs, old, now) -> {
                if (timeline == model.timeline()) {
                    redraw();
                }
            });
        }
        redraw();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    /** Draws the state at the timeline's time. */
    public void redraw() {
        paint(Pen.on(canvas.getGraphicsContext2D()), canvas.getWidth(), canvas.getHeight());
    }

    /**
     * Draws the state at the timeline's time with {@code g} on an area {@code width} by {@code height}
     * (the canvas's own size when it draws itself; a picture's when it is exported).
     */
    public void paint(Pen g, double width, double height) {
        Palette p = palette.get();
        g.setFill(p.background());
        g.fillRect(0, 0, width, height);
        TimelineModel timeline = model.timeline();
        if (painters == null || timeline == null) {
            return;
        }
        double z = zoom.get();
        painters.layout().resize(width / z, height / z);
        g.save();
        g.scale(z, z);
        draw(g, p, timeline.playhead().state(timeline.time()), width / z, height / z);
        g.restore();
    }

    private void draw(Pen g, Palette p, PlayheadState state, double width, double height) {
        painters.chain().paint(g, p, state.instances());
        boolean hidden = model.answersHiddenProperty().get();
        List<RequestView> shown = hidden ? state.requests().stream().filter(r -> r.phase() != RequestPhase.FAILED)
                .toList() : state.requests();
        paths = painters.paths().paint(g, p, shown, state.time(), model.selectedRequestProperty().get());
        tokens = painters.tokens().paint(g, p, shown, model.selectedRequestProperty().get());
        marks = painters.marks().paint(g, p, shown, state.instances());
        g.setFill(p.text());
        g.setFont(fonts.regular(14));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(model.texts().format("stage.time", model.texts().seconds(state.time())), 10, height - 30);
        legend.paintPaths(g, p, 140, height - 36);
        legend.paint(g, p, 10, height - 14, width - 20);
    }
}
