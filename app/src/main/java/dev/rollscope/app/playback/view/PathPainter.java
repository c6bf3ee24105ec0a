package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.state.Playhead;
import dev.rollscope.app.playback.state.RequestPath;
import dev.rollscope.app.playback.state.RequestPhase;
import dev.rollscope.app.playback.state.RequestView;
import dev.rollscope.model.sim.Station;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * Draws the connections that hold requests (Kiali-style): a line from the client through each
 * station's instance that holds the request, from a box's right edge to the next one's left edge,
 * coloured by what flows (body, nothing, response) and red and dashed where it was cut. Drawn for
 * every request in flight when there are few, for the selected one always (thicker), and for a
 * failed one for {@link #CUT_LINGER} ms after it failed.
 */
final class PathPainter {

    /** Above this many visible requests only the selected request's path is drawn. */
    static final int LIMIT = 40;
    /** How long (ms) a cut path stays drawn after its request failed. */
    static final long CUT_LINGER = 3000;

    private final StageLayout layout;
    private final Playhead playhead;

    PathPainter(StageLayout layout, Playhead playhead) {
        this.layout = layout;
        this.playhead = playhead;
    }

    /** Draws the paths and returns their lines. */
    List<PathLine> paint(Pen g, Palette p, List<RequestView> views, long t, int selected) {
        List<PathLine> lines = new ArrayList<>();
        boolean all = views.size() <= LIMIT;
        for (RequestView v : views) {
            boolean chosen = v.request() == selected;
            if (chosen || all && shown(v, t)) {
                draw(g, p, playhead.path(v.request(), t), chosen, lines);
            }
        }
        return lines;
    }

    private boolean shown(RequestView v, long t) {
        return v.phase() != RequestPhase.FAILED
                || t - playhead.result().outcomes().get(v.request()).end() <= CUT_LINGER;
    }

    private void draw(Pen g, Palette p, RequestPath path, boolean chosen, List<PathLine> out) {
        for (int i = 1; i <= path.links(); i++) {
            RequestPath.Stop from = path.stops().get(i - 1);
            RequestPath.Stop to = path.stops().get(i);
            PathLine line = new PathLine(path.request(), path.link(i), exitX(from), layout.y(from.instance()),
                    entryX(to), layout.y(to.instance()));
            g.setStroke(colour(p, line.state()).deriveColor(0, 1, 1, chosen ? 1 : 0.55));
            g.setLineWidth(chosen ? 3 : 1.5);
            g.setLineDashes(line.state() == RequestPath.Link.CUT ? new double[] {6, 4} : null);
            g.strokeLine(line.x1(), line.y1(), line.x2(), line.y2());
            out.add(line);
        }
        g.setLineDashes((double[]) null);
    }

    static Color colour(Palette p, RequestPath.Link state) {
        return switch (state) {
            case SENDING_BODY -> p.warning();
            case WAITING -> p.muted();
            case RECEIVING -> p.ok();
            case CUT -> p.failure();
        };
    }

    private boolean boxed(RequestPath.Stop s) {
        return s.instance() >= 0 && playhead.result().stations().get(s.station()).kind() == Station.Kind.HOP;
    }

    private double entryX(RequestPath.Stop s) {
        return layout.stationX(s.station()) - (boxed(s) ? layout.boxWidth() / 2 : 0);
    }

    private double exitX(RequestPath.Stop s) {
        return layout.stationX(s.station()) + (boxed(s) ? layout.boxWidth() / 2 : 0);
    }
}
