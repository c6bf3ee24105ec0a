package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.PlaybackModel;
import dev.rollscope.app.playback.timeline.TimelineModel;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * The selected request's sequence diagram, drawn from its trace events up to the playhead, so it
 * grows as the playhead moves: a lifeline per station, an arrow per connection, body, response,
 * answer or cut (a cross for a failed one), a note for the other events. When the rows outgrow
 * the height, the latest ones are shown.
 */
public final class SequenceCanvas extends Region {

    private static final double HEAD = 34;
    private static final double ROW = 24;

    private final PlaybackModel model;
    private final Canvas canvas = new Canvas();
    private final CanvasFont fonts;
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);

    public SequenceCanvas(PlaybackModel model) {
        this.model = model;
        this.fonts = new CanvasFont(model.texts().locale());
        getChildren().add(canvas);
        setMinSize(200, 120);
        model.selectedRequestProperty().addListener((obs, old, now) -> draw());
        model.timelineProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.timeProperty().addListener((o, a, b) -> draw());
            }
            draw();
        });
        palette.addListener((obs, old, now) -> draw());
    }

    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = palette.get();
        g.setFill(p.background());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        TimelineModel t = model.timeline();
        int r = model.selectedRequestProperty().get();
        if (t == null || r < 0) {
            return;
        }
        SimulationResult result = t.playhead().result();
        EventTexts words = new EventTexts(result, model.texts());
        int stations = result.stations().size();
        double lane = canvas.getWidth() / stations;
        lifelines(g, p, words, stations, lane);
        List<TraceEvent> events = t.playhead().eventsOf(r, t.time()).stream().filter(SequenceRows::shown).toList();
        int fit = Math.max(1, (int) ((canvas.getHeight() - HEAD - 6) / ROW));
        int first = Math.max(0, events.size() - fit);
        for (int i = first; i < events.size(); i++) {
            SequenceRows.paint(g, p, fonts, events.get(i), words.label(events.get(i)), lane,
                    HEAD + ROW * (i - first + 0.8));
        }
    }

    private void lifelines(GraphicsContext g, Palette p, EventTexts words, int stations, double lane) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(fonts.regular(11));
        for (int s = 0; s < stations; s++) {
            double x = lane * (s + 0.5);
            g.setStroke(p.line());
            g.setLineWidth(1);
            g.strokeRect(x - lane / 2 + 4, 4, lane - 8, 22);
            g.setFill(p.text());
            g.fillText(words.heading(s), x, 15, lane - 10);
            g.setLineDashes(3, 3);
            g.strokeLine(x, 26, x, canvas.getHeight());
            g.setLineDashes((double[]) null);
        }
    }
}
