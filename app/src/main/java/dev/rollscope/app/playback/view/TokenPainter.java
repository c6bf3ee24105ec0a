package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.state.RequestPhase;
import dev.rollscope.app.playback.state.RequestView;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.SimulationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.shape.ArcType;

/**
 * Draws the requests: a token per request in flight, placed on its leg by progress (an upload
 * carries a progress bar and fills the instance receiving it; a buffered body fills its holder;
 * processing shows an arc), a check at the client for a request that just ended well.
 */
final class TokenPainter {

    static final double R = 5;
    /** Above this many visible requests, tokens are drawn without their own progress marks. */
    static final int DETAIL_LIMIT = 300;

    private final StageLayout layout;
    private final String[] methods;

    TokenPainter(StageLayout layout, SimulationResult result) {
        this.layout = layout;
        List<RequestSpec> requests = result.requests();
        methods = new String[requests.size()];
        for (int r = 0; r < methods.length; r++) {
            methods[r] = requests.get(r).method();
        }
    }

    String method(int request) {
        return methods[request];
    }

    /**
     * Draws the requests and returns where each token is: {x, y, request}. Above
     * {@link #DETAIL_LIMIT} tokens are plain squares without their own upload bars (cheaper for a
     * software renderer; the instances' fills still show the uploads), and each instance's fill is
     * drawn once, for its fullest body.
     */
    List<double[]> paint(Pen g, Palette p, List<RequestView> views, int selected) {
        Map<Integer, Double> fills = new HashMap<>();
        Map<Integer, Integer> fillStation = new HashMap<>();
        boolean detail = views.size() <= DETAIL_LIMIT;
        List<double[]> tokens = new ArrayList<>(views.size());
        for (RequestView v : views) {
            if (v.phase() == RequestPhase.UPLOADING || v.phase() == RequestPhase.BUFFERED) {
                double share = v.phase() == RequestPhase.BUFFERED ? 1 : v.progress();
                fills.merge(v.toInstance(), share, Math::max);
                fillStation.put(v.toInstance(), v.to());
            }
        }
        fills.forEach((instance, share) -> fill(g, p, fillStation.get(instance), instance, share));
        for (RequestView v : views) {
            double[] at = paint(g, p, v, selected, detail);
            if (at != null) {
                tokens.add(new double[] {at[0], at[1], v.request()});
            }
        }
        return tokens;
    }

    private double[] paint(Pen g, Palette p, RequestView v, int selected, boolean detail) {
        if (v.phase() == RequestPhase.NOT_SENT || v.phase() == RequestPhase.FAILED) {
            return null;
        }
        double jitter = (v.request() * 7 % 9 - 4) * 1.5;
        if (v.phase() == RequestPhase.DONE) {
            return check(g, p, layout.middleY() + 18 + jitter);
        }
        double x = v.phase().onLeg() ? lerp(layout.stationX(v.from()), layout.stationX(v.to()), v.progress())
                : layout.stationX(v.to()) - layout.boxWidth() / 2 + 2;
        double y = (v.phase().onLeg() ? lerp(layout.y(v.fromInstance()), layout.y(v.toInstance()), v.progress())
                : layout.y(v.toInstance())) + jitter;
        if (detail) {
            extras(g, p, v, x, y);
        }
        g.setFill(p.method(methods[v.request()]));
        if (detail) {
            g.fillOval(x - R, y - R, 2 * R, 2 * R);
        } else {
            g.fillRect(x - R + 1, y - R + 1, 2 * R - 2, 2 * R - 2);
        }
        if (v.request() == selected) {
            g.setStroke(p.text());
            g.setLineWidth(2);
            g.strokeOval(x - R - 3, y - R - 3, 2 * R + 6, 2 * R + 6);
        }
        return new double[] {x, y};
    }

    /** A check mark at the client: a request that just ended well. */
    private double[] check(Pen g, Palette p, double y) {
        double x = layout.clientX();
        g.setStroke(p.ok());
        g.setLineWidth(2);
        g.strokePolyline(new double[] {x - 6, x - 2, x + 6}, new double[] {y, y + 4, y - 5}, 3);
        return new double[] {x, y};
    }

    private void extras(Pen g, Palette p, RequestView v, double x, double y) {
        switch (v.phase()) {
            case UPLOADING -> bar(g, p, x - 14, y + R + 3, 28, v.progress());
            case PROCESSING -> {
                g.setStroke(p.warning());
                g.setLineWidth(2);
                g.strokeArc(x - R - 4, y - R - 4, 2 * R + 8, 2 * R + 8, 90, -360 * v.progress(), ArcType.OPEN);
            }
            case STALLED -> {
                g.setStroke(p.failure());
                g.setLineWidth(1.5);
                g.strokeOval(x - R - 4, y - R - 4, 2 * R + 8, 2 * R + 8);
            }
            case NOT_SENT, AT_STATION, BUFFERED, RESPONDING, DONE, FAILED -> { }
        }
    }

    private static void bar(Pen g, Palette p, double x, double y, double w, double share) {
        g.setFill(p.line());
        g.fillRect(x, y, w, 4);
        g.setFill(p.warning());
        g.fillRect(x, y, w * share, 4);
    }

    /** The body filling the instance that receives (and, when it buffers, holds) it. */
    private void fill(Pen g, Palette p, int station, int instance, double share) {
        if (instance < 0) {
            return;
        }
        double x = layout.stationX(station) - layout.boxWidth() / 2 + 3;
        double y = layout.y(instance) + StageLayout.BOX_HEIGHT / 2 - 6;
        bar(g, p, x, y, layout.boxWidth() - 6, share);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
