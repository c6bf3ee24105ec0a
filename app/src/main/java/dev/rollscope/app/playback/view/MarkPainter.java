package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.state.InstanceView;
import dev.rollscope.app.playback.state.RequestPhase;
import dev.rollscope.app.playback.state.RequestView;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Draws failures: one mark per place, status and cause (a cross beside the instance where the
 * requests broke, the status, how many, and a short cause), so a thousand failed requests make a
 * few readable marks rather than a heap of tokens.
 */
final class MarkPainter {

    private static final double STACK = 30;

    private final StageLayout layout;
    private final SimulationResult result;
    private final PlaybackTexts texts;
    private final CanvasFont fonts;

    MarkPainter(StageLayout layout, SimulationResult result, PlaybackTexts texts) {
        this.layout = layout;
        this.result = result;
        this.texts = texts;
        this.fonts = new CanvasFont(texts.locale());
    }

    /**
     * Draws the marks of the failed requests among {@code views} and returns them: beside the box
     * of the instance where they broke, or in its place when that instance is gone.
     */
    List<FailureMark> paint(GraphicsContext g, Palette p, List<RequestView> views, List<InstanceView> instances) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Map<String, RequestView> firstOf = new HashMap<>();
        for (RequestView v : views) {
            if (v.phase() == RequestPhase.FAILED) {
                Failure f = result.outcomes().get(v.request()).failure();
                String key = v.station() + "/" + v.instance() + "/" + v.status() + "/" + f.cause();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v.request());
                firstOf.putIfAbsent(key, v);
            }
        }
        List<FailureMark> marks = new ArrayList<>();
        Map<String, Integer> stacked = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
            RequestView v = firstOf.get(e.getKey());
            int depth = stacked.merge(v.station() + "/" + v.instance(), 1, Integer::sum) - 1;
            boolean boxShown = v.instance() >= 0 && instances.get(v.instance()).exists();
            double x = layout.stationX(v.station()) + (boxShown ? StageLayout.BOX_WIDTH / 2 + 10
                    : 8 - StageLayout.BOX_WIDTH / 2);
            double y = layout.y(v.instance()) + depth * STACK;
            FailureMark mark = mark(v, e.getValue(), x, y);
            draw(g, p, mark);
            marks.add(mark);
        }
        return marks;
    }

    private FailureMark mark(RequestView v, List<Integer> requests, double x, double y) {
        Outcome o = result.outcomes().get(v.request());
        Failure f = o.failure();
        return new FailureMark(f.hop(), f.instance(), o.status(), f.cause(), requests, x, y);
    }

    private void draw(GraphicsContext g, Palette p, FailureMark m) {
        g.setStroke(p.failure());
        g.setLineWidth(3);
        StateIcons.cross(g, m.x(), m.y(), 6);
        String status = m.status() == 0 ? texts.get("status.reset") : Integer.toString(m.status());
        String head = m.requests().size() > 1 ? status + " ×" + m.requests().size() : status;
        String cause = texts.name(m.cause());
        double w = Math.max(CanvasFont.width(head, fonts.bold(12)),
                CanvasFont.width(cause, fonts.regular(10.5))) + 10;
        g.setFill(p.background().deriveColor(0, 1, 1, 0.9));
        g.fillRoundRect(m.x() + 9, m.y() - 15, w, 30, 6, 6);
        g.setStroke(p.failure());
        g.setLineWidth(1);
        g.strokeRoundRect(m.x() + 9, m.y() - 15, w, 30, 6, 6);
        g.setFill(p.failure());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(fonts.bold(12));
        g.fillText(head, m.x() + 14, m.y() - 6);
        g.setFont(fonts.regular(10.5));
        g.fillText(cause, m.x() + 14, m.y() + 7);
    }
}
