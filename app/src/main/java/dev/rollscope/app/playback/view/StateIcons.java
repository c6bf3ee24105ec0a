package dev.rollscope.app.playback.view;

import dev.rollscope.model.sim.InstanceState;

/**
 * Small state icons drawn with shapes (no font glyphs): a ring while starting, a dot when ready,
 * an hourglass while terminating, a square while stopping, a cross when down or gone.
 */
final class StateIcons {

    private static final double R = 5;

    private StateIcons() {
    }

    static void paint(Pen g, Palette p, InstanceState state, double cx, double cy) {
        g.setStroke(p.stateColour(state));
        g.setFill(p.stateColour(state));
        g.setLineWidth(1.5);
        switch (state) {
            case STARTING, LISTENING -> g.strokeOval(cx - R, cy - R, 2 * R, 2 * R);
            case READY -> g.fillOval(cx - R, cy - R, 2 * R, 2 * R);
            case TERMINATING -> {
                g.fillPolygon(new double[] {cx - R, cx + R, cx}, new double[] {cy - R, cy - R, cy}, 3);
                g.strokePolygon(new double[] {cx - R, cx + R, cx}, new double[] {cy + R, cy + R, cy}, 3);
            }
            case STOPPING -> g.fillRect(cx - R + 1, cy - R + 1, 2 * R - 2, 2 * R - 2);
            case DOWN, GONE -> cross(g, cx, cy, R);
        }
    }

    static void cross(Pen g, double cx, double cy, double r) {
        g.strokeLine(cx - r, cy - r, cx + r, cy + r);
        g.strokeLine(cx - r, cy + r, cx + r, cy - r);
    }
}
