package dev.rollscope.app.playback.sweep;

import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.model.analysis.sweep.RoutedOutcome;
import dev.rollscope.model.analysis.sweep.SweepPoint;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.sim.Cause;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javafx.scene.paint.Color;

/**
 * The sweep as a grid of start offset × route: for each swept request a heading line, then one line
 * per route the danger search walked through the disrupted hops at some offset (the instance it
 * took, {@code C.2}; a retry's instances in turn, {@code D.1 → D.3}; "" when the request never got
 * that far), in the routes' order. A cell is one offset on one route, coloured by what happened
 * there: survived, or failed by its cause; an offset at which the route was not among those walked
 * (its instance was not offered then, or was interchangeable with one walked) has no cell.
 */
final class SweepHeatmap {

    /** The failure colours after the palette's own, for the second and later causes shown. */
    private static final Color[] MORE_FAILURES = {Color.web("#e8590c"), Color.web("#a371f7"), Color.web("#bf3989"),
        Color.web("#9a6700")};

    /**
     * One line of the grid: a request's heading (route null) or one of its routes.
     *
     * @param result the swept request's result
     * @param route  the route's label, "" when it met no choice, null on the heading line
     */
    record Line(SweepResult result, String route) {

        boolean heading() {
            return route == null;
        }
    }

    /**
     * One cell: the request sent at {@code point}'s offset, on one route.
     *
     * @param routed what happened on that route at that offset
     */
    record Cell(SweepResult result, SweepPoint point, RoutedOutcome routed) {

        /** The cause of the failure, or null when the request survived. */
        Cause cause() {
            return routed.ok() ? null : routed.outcome().failure().cause();
        }
    }

    private final List<Line> lines;
    private final List<Cause> causes;

    private SweepHeatmap(List<Line> lines, List<Cause> causes) {
        this.lines = List.copyOf(lines);
        this.causes = List.copyOf(causes);
    }

    static SweepHeatmap of(List<SweepResult> results) {
        List<Line> lines = new ArrayList<>();
        TreeSet<Cause> causes = new TreeSet<>();
        for (SweepResult r : results) {
            lines.add(new Line(r, null));
            TreeSet<String> routes = new TreeSet<>();
            for (SweepPoint p : r.points()) {
                for (RoutedOutcome o : p.routes()) {
                    routes.add(o.route());
                    if (!o.ok()) {
                        causes.add(o.outcome().failure().cause());
                    }
                }
            }
            routes.forEach(route -> lines.add(new Line(r, route)));
        }
        return new SweepHeatmap(lines, new ArrayList<>(causes));
    }

    /** Every line, top to bottom. */
    List<Line> lines() {
        return lines;
    }

    /** The causes of the failures shown, in the order of {@link Cause}: the legend's and the colours' order. */
    List<Cause> causes() {
        return causes;
    }

    /**
     * The cell of line {@code line} nearest to {@code offset} (ms), within half a step of it; empty
     * on a heading, off the line's offsets, or where the route was not walked at that offset.
     */
    Optional<Cell> cellAt(int line, long offset) {
        if (line < 0 || line >= lines.size() || lines.get(line).heading()) {
            return Optional.empty();
        }
        Line l = lines.get(line);
        SweepResult r = l.result();
        long index = Math.round((offset - r.firstOffset()) / (double) r.step());
        if (index < 0 || index >= r.points().size() || Math.abs(offset - r.points().get((int) index).offset())
                > r.step() / 2) {
            return Optional.empty();
        }
        SweepPoint p = r.points().get((int) index);
        return p.routes().stream().filter(o -> o.route().equals(l.route())).findFirst().map(o -> new Cell(r, p, o));
    }

    /** The cells of one line, in the order of their offsets. */
    List<Cell> cells(int line) {
        Line l = lines.get(line);
        if (l.heading()) {
            return List.of();
        }
        List<Cell> out = new ArrayList<>();
        for (SweepPoint p : l.result().points()) {
            p.routes().stream().filter(o -> o.route().equals(l.route())).findFirst()
                    .ifPresent(o -> out.add(new Cell(l.result(), p, o)));
        }
        return out;
    }

    /** True when some route has no cell at some offset of its request (the legend then says why). */
    boolean gaps() {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).heading() && cells(i).size() < lines.get(i).result().points().size()) {
                return true;
            }
        }
        return false;
    }

    /** A survivor's colour, or the colour of a failure's cause: the palette's own for the first cause shown. */
    Color colour(Cell cell, Palette palette) {
        Cause cause = cell.cause();
        return cause == null ? palette.ok() : colour(cause, palette);
    }

    /** The colour of a cause among {@link #causes()}. */
    Color colour(Cause cause, Palette palette) {
        int i = causes.indexOf(cause);
        return i <= 0 ? palette.failure() : MORE_FAILURES[(i - 1) % MORE_FAILURES.length];
    }
}
