package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.state.RequestPath;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** The key to the canvas's colours and marks, in one line along its bottom edge. */
final class LegendPainter {

    private final PlaybackTexts texts;
    private final CanvasFont fonts;

    LegendPainter(PlaybackTexts texts, CanvasFont fonts) {
        this.texts = texts;
        this.fonts = fonts;
    }

    /** Draws the key from (x, y), shrunk to fit within {@code width} when it is longer. */
    void paint(Pen g, Palette p, double x, double y, double width) {
        String[] labels = {"legend.old", "legend.new", "legend.routable", "legend.notRoutable", "legend.draining",
            "legend.get", "legend.post"};
        double needed = 0;
        for (String key : labels) {
            needed += 38 + CanvasFont.width(texts.get(key), fonts.regular(11));
        }
        double k = Math.min(1, width / needed);
        g.save();
        g.translate(x, y);
        g.scale(k, k);
        paint(g, p, 0, 0);
        g.restore();
    }

    private void paint(Pen g, Palette p, double x, double y) {
        g.setFont(fonts.regular(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double at = x;
        at = box(g, p, p.oldVersion(), at, y, texts.get("legend.old"));
        at = box(g, p, p.newVersion(), at, y, texts.get("legend.new"));
        at = dot(g, p, p.ok(), true, at, y, texts.get("legend.routable"));
        at = dot(g, p, p.muted(), false, at, y, texts.get("legend.notRoutable"));
        at = dot(g, p, p.warning(), false, at, y, texts.get("legend.draining"));
        at = dot(g, p, p.get(), true, at, y, texts.get("legend.get"));
        dot(g, p, p.post(), true, at, y, texts.get("legend.post"));
    }

    /** The key to the paths' colours, in a line of its own. */
    void paintPaths(Pen g, Palette p, double x, double y) {
        g.setFont(fonts.regular(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double at = x;
        for (RequestPath.Link link : RequestPath.Link.values()) {
            g.setStroke(PathPainter.colour(p, link));
            g.setLineWidth(3);
            g.setLineDashes(link == RequestPath.Link.CUT ? new double[] {6, 4} : null);
            g.strokeLine(at, y, at + 22, y);
            g.setLineDashes((double[]) null);
            at = label(g, p, at + 28, y, texts.name(link));
        }
    }

    private double box(Pen g, Palette p, Color c, double x, double y, String label) {
        g.setFill(c.deriveColor(0, 1, 1, 0.3));
        g.fillRoundRect(x, y - 6, 18, 12, 4, 4);
        g.setStroke(p.ok());
        g.setLineWidth(1.5);
        g.strokeRoundRect(x, y - 6, 18, 12, 4, 4);
        return label(g, p, x + 24, y, label);
    }

    private double dot(Pen g, Palette p, Color c, boolean filled, double x, double y, String label) {
        g.setFill(c);
        g.setStroke(c);
        g.setLineWidth(filled ? 1 : 2.5);
        if (filled) {
            g.fillOval(x, y - 5, 10, 10);
        } else {
            g.strokeOval(x, y - 5, 10, 10);
        }
        return label(g, p, x + 16, y, label);
    }

    private double label(Pen g, Palette p, double x, double y, String text) {
        g.setFill(p.muted());
        g.fillText(text, x, y);
        return x + 14 + CanvasFont.width(text, fonts.regular(11));
    }
}
