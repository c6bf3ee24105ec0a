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
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;

/**
 * Draws failures: one mark per place, status and cause (a cross beside the instance where the
 * requests broke, the status, how many, and a short cause), so a thousand failed requests make a
 * few readable marks rather than a heap of tokens. A mark and its label stay inside the column of
 * the hop that cut (over its own boxes if they must), never on another hop's.
 */
final class MarkPainter {

    private static final double STACK = 30;
    private static final double LABEL_HEIGHT = 30;
    private static final double GAP = 2;

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
    List<FailureMark> paint(Pen g, Palette p, List<RequestView> views, List<InstanceView> instances) {
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
            int hop = layout.hopOf(v.station());
            double right = layout.columnRight(hop) - GAP;
            double x = Math.min(right - 8, layout.stationX(v.station()) + (boxShown ? layout.boxWidth() / 2 + 10
                    : 8 - layout.boxWidth() / 2));
            double y = layout.y(v.instance()) + depth * STACK;
            Outcome o = result.outcomes().get(v.request());
            Texts words = texts(o, e.getValue().size());
            double width = Math.max(0, Math.min(right - layout.columnLeft(hop) - GAP, words.width(fonts)));
            double left = Math.max(layout.columnLeft(hop) + GAP, Math.min(x + 9, right - width));
            FailureMark mark = new FailureMark(o.failure().hop(), o.failure().instance(), o.status(),
                    o.failure().cause(), e.getValue(), x, y,
                    new Rectangle2D(left, y - LABEL_HEIGHT / 2, width, LABEL_HEIGHT));
            draw(g, p, mark, words);
            marks.add(mark);
        }
        return marks;
    }

    /** A label's two lines: the status and the short cause. */
    private record Texts(String status, String cause) {

        double width(CanvasFont fonts) {
            return Math.max(CanvasFont.width(status, fonts.bold(12)), CanvasFont.width(cause, fonts.regular(10.5))) + 10;
        }
    }

    /** The status (with how many requests when more than one) and the short cause. */
    private Texts texts(Outcome o, int count) {
        String status = o.status() == 0 ? texts.get("status.reset") : Integer.toString(o.status());
        return new Texts(count > 1 ? status + " ×" + count : status, texts.name(o.failure().cause()));
    }

    private void draw(Pen g, Palette p, FailureMark m, Texts words) {
        g.setStroke(p.failure());
        g.setLineWidth(3);
        StateIcons.cross(g, m.x(), m.y(), 6);
        Rectangle2D l = m.label();
        g.setFill(p.background().deriveColor(0, 1, 1, 0.92));
        g.fillRoundRect(l.getMinX(), l.getMinY(), l.getWidth(), l.getHeight(), 6, 6);
        g.setStroke(p.failure());
        g.setLineWidth(1);
        g.strokeRoundRect(l.getMinX(), l.getMinY(), l.getWidth(), l.getHeight(), 6, 6);
        g.setFill(p.failure());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(fonts.bold(12));
        g.fillText(words.status(), l.getMinX() + 5, m.y() - 6, l.getWidth() - 10);
        g.setFont(fonts.regular(10.5));
        g.fillText(words.cause(), l.getMinX() + 5, m.y() + 7, l.getWidth() - 10);
    }
}
