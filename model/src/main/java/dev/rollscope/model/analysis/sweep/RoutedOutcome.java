package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.RouteChoices;
import java.util.List;

/**
 * What happened to a request on one route.
 *
 * @param route the options taken at its choice points, e.g. {@code D.2} or
 *              {@code D.1 → D.3} (a retry), empty when it met none
 * @param script the option values taken at those choice points, in order: a {@link RouteChoices}
 *               script that walks this route again
 */
public record RoutedOutcome(String route, Outcome outcome, List<Integer> script) {

    public RoutedOutcome {
        script = List.copyOf(script);
    }

    public boolean ok() {
        return outcome.ok();
    }
}
