package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.state.InstanceView;
import dev.rollscope.model.sim.InstanceState;
import dev.rollscope.model.topology.Hop;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;

/**
 * Draws the chain: column headings, each front's routable set (a dot per instance row: filled when
 * the front routes to it, ringed while it drains), and each instance as a box coloured by version
 * with an outline and an icon for its state.
 */
final class ChainPainter {

    private static final double DOT = 9;

    private final StageLayout layout;
    private final List<Hop> hops;
    private final PlaybackTexts texts;
    private final CanvasFont fonts;

    ChainPainter(StageLayout layout, List<Hop> hops, PlaybackTexts texts) {
        this.layout = layout;
        this.hops = hops;
        this.texts = texts;
        this.fonts = new CanvasFont(texts.locale());
    }

    void paint(Pen g, Palette p, List<InstanceView> instances) {
        headings(g, p);
        for (InstanceView i : instances) {
            if (i.exists()) {
                front(g, p, i);
                instance(g, p, i);
            }
        }
    }

    private void headings(Pen g, Palette p) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(p.text());
        g.setFont(fonts.regular(13));
        g.fillText(texts.get("stage.client"), layout.clientX(), 22);
        for (int h = 0; h < layout.hops(); h++) {
            Hop hop = hops.get(h);
            g.setFill(p.text());
            g.setFont(fonts.regular(13));
            g.fillText(hop.id() + " · " + hop.name(), layout.hopX(h), 22, layout.unitWidth() - 8);
            g.setFill(p.muted());
            g.setFont(fonts.regular(11));
            g.fillText(texts.messages().shortName(hop.front()), layout.frontX(h), 42);
        }
    }

    private void front(Pen g, Palette p, InstanceView i) {
        double x = layout.frontX(i.hop());
        double y = layout.y(i.index());
        if (i.routable()) {
            g.setStroke(p.line());
            g.setLineWidth(1);
            g.strokeLine(x + DOT / 2, y, layout.hopX(i.hop()) - layout.boxWidth() / 2, y);
            g.setFill(p.ok());
            g.fillOval(x - DOT / 2, y - DOT / 2, DOT, DOT);
        }
        g.setStroke(i.draining() ? p.warning() : p.muted());
        g.setLineWidth(i.draining() ? 3 : 1);
        g.strokeOval(x - DOT / 2, y - DOT / 2, DOT, DOT);
    }

    private void instance(Pen g, Palette p, InstanceView i) {
        double cx = layout.hopX(i.hop());
        double cy = layout.y(i.index());
        double x = cx - layout.boxWidth() / 2;
        double y = cy - StageLayout.BOX_HEIGHT / 2;
        g.setFill((i.version() > 1 ? p.newVersion() : p.oldVersion()).deriveColor(0, 1, 1, 0.3));
        g.fillRoundRect(x, y, layout.boxWidth(), StageLayout.BOX_HEIGHT, 8, 8);
        boolean starting = i.state() == InstanceState.STARTING || i.state() == InstanceState.LISTENING;
        g.setLineDashes(starting ? new double[] {4, 3} : null);
        g.setStroke(p.stateColour(i.state()));
        g.setLineWidth(2);
        g.strokeRoundRect(x, y, layout.boxWidth(), StageLayout.BOX_HEIGHT, 8, 8);
        g.setLineDashes((double[]) null);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(p.text());
        g.setFont(fonts.regular(11));
        g.fillText(i.id() + " v" + i.version(), x + 6, cy - 6, layout.boxWidth() - 12);
        g.setFill(p.muted());
        g.setFont(fonts.regular(9.5));
        g.fillText(texts.name(i.state()), x + 6, cy + 7, layout.boxWidth() - 24);
        StateIcons.paint(g, p, i.state(), x + layout.boxWidth() - 11, cy);
        g.setTextAlign(TextAlignment.CENTER);
    }
}
