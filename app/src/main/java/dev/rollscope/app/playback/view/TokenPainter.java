package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.state.RequestPhase;
import dev.rollscope.app.playback.state.RequestView;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.SimulationResult;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.ArcType;

/**
 * Draws the requests: a token per request in flight, placed on its leg by progress (an upload
 * carries a progress bar and fills the instance receiving it; a buffered body fills its holder;
 * processing shows an arc), a check at the client for a request that just ended well.
 */
final class TokenPainter {

    static final double R = 5;

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

    /** Draws one request and returns where its token is, or null when it has none. */
    double[] paint(GraphicsContext g, Palette p, RequestView v, int selected) {
        if (v.phase() == RequestPhase.NOT_SENT || v.phase() == RequestPhase.FAILED) {
            return null;
        }
        double jitter = (v.request() * 7 % 9 - 4) * 1.5;
        if (v.phase() == RequestPhase.DONE) {
            double y = layout.middleY() + 18 + jitter;
            g.setStroke(p.ok());
            g.setLineWidth(2);
            g.strokePolyline(new double[] {layout.clientX() - 6, layout.clientX() - 2, layout.clientX() + 6},
                    new double[] {y, y + 4, y - 5}, 3);
            return new double[] {layout.clientX(), y};
        }
        double x = v.phase().onLeg() ? lerp(layout.stationX(v.from()), layout.stationX(v.to()), v.progress())
                : layout.stationX(v.to()) - StageLayout.BOX_WIDTH / 2 + 2;
        double y = (v.phase().onLeg() ? lerp(layout.y(v.fromInstance()), layout.y(v.toInstance()), v.progress())
                : layout.y(v.toInstance())) + jitter;
        extras(g, p, v, x, y);
        g.setFill(p.method(methods[v.request()]));
        g.fillOval(x - R, y - R, 2 * R, 2 * R);
        if (v.request() == selected) {
            g.setStroke(p.text());
            g.setLineWidth(2);
            g.strokeOval(x - R - 3, y - R - 3, 2 * R + 6, 2 * R + 6);
        }
        return new double[] {x, y};
    }

    private void extras(GraphicsContext g, Palette p, RequestView v, double x, double y) {
        switch (v.phase()) {
            case UPLOADING -> {
                bar(g, p, x - 14, y + R + 3, 28, v.progress());
                fill(g, p, v.to(), v.toInstance(), v.progress());
            }
            case BUFFERED -> fill(g, p, v.to(), v.toInstance(), 1);
            case PROCESSING -> {
                g.setStroke(p.warning());
                g.setLineWidth(2);
                g.strokeArc(x - R - 4, y - R - 4, 2 * R + 8, 2 * R + 8, 90, -360 * v.progress(),
                        ArcType.OPEN);
            }
            case STALLED -> {
                g.setStroke(p.failure());
                g.setLineWidth(1.5);
                g.strokeOval(x - R - 4, y - R - 4, 2 * R + 8, 2 * R + 8);
            }
            default -> { }
        }
    }

    private static void bar(GraphicsContext g, Palette p, double x, double y, double w, double share) {
        g.setFill(p.line());
        g.fillRect(x, y, w, 4);
        g.setFill(p.warning());
        g.fillRect(x, y, w * share, 4);
    }

    /** The body filling the instance that receives (and, when it buffers, holds) it. */
    private void fill(GraphicsContext g, Palette p, int station, int instance, double share) {
        if (instance < 0) {
            return;
        }
        double x = layout.stationX(station) - StageLayout.BOX_WIDTH / 2 + 3;
        double y = layout.y(instance) + StageLayout.BOX_HEIGHT / 2 - 6;
        bar(g, p, x, y, StageLayout.BOX_WIDTH - 6, share);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
