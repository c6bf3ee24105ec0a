package dev.rollscope.app.playback.view;

import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Station;

/**
 * Where things are drawn on the playback canvas. From left to right: the client, then for each hop
 * a unit of width holding its front (the load balancer in front of it, a narrow column of dots)
 * and the hop itself, with room to the right of its boxes for failure marks; an instance is a box
 * in its hop's column, in its {@link Slots row}.
 */
final class StageLayout {

    /** The widest an instance's box is drawn; narrower when a hop's column is narrow. */
    static final double MAX_BOX_WIDTH = 96;
    static final double BOX_HEIGHT = 30;
    static final double TOP = 64;
    /** The room kept below the rows for the time and the two lines of the legend. */
    static final double LEGEND = 60;

    private final SimulationResult result;
    private final Slots slots;
    private final int hops;
    private static final double CLIENT_UNITS = 0.6;

    private double unit;
    private double rowHeight;
    private double height;

    StageLayout(SimulationResult result) {
        this.result = result;
        this.hops = result.topology().hops().size();
        this.slots = new Slots(result.instances(), hops);
    }

    void resize(double width, double newHeight) {
        unit = width / (CLIENT_UNITS + hops);
        height = newHeight;
        int rows = 1;
        for (int h = 0; h < hops; h++) {
            rows = Math.max(rows, slots.rows(h));
        }
        rowHeight = Math.max(BOX_HEIGHT + 4, Math.min(56, (newHeight - TOP - LEGEND) / rows));
    }

    int hops() {
        return hops;
    }

    int rows(int hop) {
        return slots.rows(hop);
    }

    /** The width given to each hop (its front, its boxes and the room for marks). */
    double unitWidth() {
        return unit;
    }

    /** The width of an instance's box: half its hop's column, at most {@link #MAX_BOX_WIDTH}. */
    double boxWidth() {
        return Math.min(MAX_BOX_WIDTH, Math.max(40, unit * 0.5));
    }

    /** The left edge of hop h's column (its front, its boxes and its failure marks). */
    double columnLeft(int hop) {
        return unit * (CLIENT_UNITS + hop);
    }

    double columnRight(int hop) {
        return unit * (CLIENT_UNITS + hop + 1);
    }

    /** The hop a station belongs to, or -1 for the client. */
    int hopOf(int station) {
        return result.stations().get(station).hop();
    }

    double clientX() {
        return unit * CLIENT_UNITS / 2;
    }

    double frontX(int hop) {
        return unit * (CLIENT_UNITS + hop + 0.12);
    }

    double hopX(int hop) {
        return unit * (CLIENT_UNITS + hop + 0.45);
    }

    /** The centre of row {@code slot}. */
    double rowY(int slot) {
        return TOP + rowHeight * (slot + 0.5);
    }

    /** The vertical middle of the chain, where the client and front proxies sit. */
    double middleY() {
        int rows = 1;
        for (int h = 0; h < hops; h++) {
            rows = Math.max(rows, slots.rows(h));
        }
        return TOP + rowHeight * rows / 2;
    }

    double height() {
        return height;
    }

    double stationX(int station) {
        Station s = result.stations().get(station);
        return switch (s.kind()) {
            case CLIENT -> clientX();
            case FRONT_PROXY -> frontX(s.hop());
            case HOP -> hopX(s.hop());
        };
    }

    /** The centre of the instance's box, or of the station when no instance is given. */
    double y(int instance) {
        return instance < 0 ? middleY() : rowY(slots.slot(instance));
    }

    int slot(int instance) {
        return slots.slot(instance);
    }
}
