package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.sim.Outcome;
import java.util.List;

/**
 * The request of a sweep started at one offset, and what happened to it on every route.
 *
 * @param offset   ms from the start of the disruption (negative: before it); 0 for the request at its
 *                 own start in a scenario that disrupts nothing ({@link Sweep#calm})
 * @param routes   the outcome on each route the search walked, the scenario's own routing first;
 *                 times are those of the offset's simulation, whose disruptions may be shifted
 *                 later (see {@link SweepResult#shift()})
 * @param complete false when the offset had more routes than the search walks
 */
public record SweepPoint(long offset, List<RoutedOutcome> routes, boolean complete) {

    public SweepPoint {
        routes = List.copyOf(routes);
        if (routes.isEmpty()) {
            throw new IllegalArgumentException("a sweep point has at least one route");
        }
    }

    /** The request's one simulation as a point: one route, no choice point, offset 0. */
    public static SweepPoint alone(Outcome outcome) {
        return new SweepPoint(0, List.of(new RoutedOutcome("", outcome, List.of())), true);
    }

    /** True when the request survives on every route. */
    public boolean ok() {
        return routes.stream().allMatch(RoutedOutcome::ok);
    }

    /** The outcome that stands for the offset: the first failing route's, else the scenario's own routing's. */
    public Outcome outcome() {
        return routes.stream().filter(r -> !r.ok()).findFirst().orElse(routes.get(0)).outcome();
    }

    /** The route of {@link #outcome()}. */
    public String route() {
        return routes.stream().filter(r -> !r.ok()).findFirst().orElse(routes.get(0)).route();
    }
}
