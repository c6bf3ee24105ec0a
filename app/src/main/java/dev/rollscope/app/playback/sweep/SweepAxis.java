package dev.rollscope.app.playback.sweep;

import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.model.analysis.sweep.SweepResult;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** The sweep chart's horizontal axis: offsets (ms) from the first to the last swept, mapped to pixels. */
final class SweepAxis {

    private static final long[] TICKS = {1_000, 2_000, 5_000, 10_000, 20_000, 30_000, 60_000, 120_000, 300_000,
        600_000, 1_800_000, 3_600_000};

    private final long from;
    private final long to;
    private final double left;
    private final double right;

    private SweepAxis(long from, long to, double left, double right) {
        this.from = from;
        this.to = Math.max(to, from + 1);
        this.left = left;
        this.right = right;
    }

    static SweepAxis of(List<SweepResult> results, double left, double right) {
        long from = results.stream().mapToLong(SweepResult::firstOffset).min().orElse(0);
        long to = results.stream().mapToLong(SweepResult::lastOffset).max().orElse(0);
        return new SweepAxis(from, to, left, right);
    }

    double x(long offset) {
        return left + (right - left) * (offset - from) / (double) (to - from);
    }

    long offsetAt(double x) {
        return from + Math.round((x - left) / (right - left) * (to - from));
    }

    /** Ticks at least 60 px apart, labelled in seconds, and a line at 0 (the disruption starts). */
    void paint(GraphicsContext g, Palette p, PlaybackTexts texts, double top, double bottom) {
        long tick = TICKS[TICKS.length - 1];
        for (long t : TICKS) {
            if ((right - left) * t / (to - from) >= 60) {
                tick = t;
                break;
            }
        }
        g.setStroke(p.line());
        g.setFill(p.muted());
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (long t = Math.floorDiv(from, tick) * tick; t <= to; t += tick) {
            if (t >= from) {
                g.strokeLine(x(t), bottom, x(t), bottom + 4);
                g.fillText(texts.format("sweep.tick", t / 1000.0), Math.min(x(t), right - 6), bottom + 6);
            }
        }
        g.setStroke(p.text());
        g.setLineWidth(2);
        g.strokeLine(x(0), top - 4, x(0), bottom + 2);
    }
}
