package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.sim.Outcome;

/**
 * What happened to a request on one route.
 *
 * @param route the options taken at its choice points, e.g. {@code D.2} or
 *              {@code D.1 → D.3} (a retry), empty when it met none
 */
public record RoutedOutcome(String route, Outcome outcome) {

    public boolean ok() {
        return outcome.ok();
    }
}
