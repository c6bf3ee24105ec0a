package dev.rollscope.model.analysis.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.RandomChains;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The route search's two economies against the walk without them, over random chains and start
 * offsets across their rollout: walking interchangeable options once (instances that stay ready to
 * the end), and walking choices only at the disrupted hops. Both must leave the set of ways the
 * request can end (status, cause, hop, instance) exactly as the full walk finds it.
 */
class RouteSearchTest {

    @Test
    void pruningAndUndisruptedHopsChangeNoOutcome() {
        int compared = 0;
        int skipped = 0;
        for (long seed = 0; seed < 30; seed++) {
            RandomChains random = new RandomChains(seed);
            Topology t = random.topology();
            Scenario s = random.scenario(t);
            Set<String> all = t.hops().stream().map(Hop::id).collect(Collectors.toSet());
            RouteSearch full = new RouteSearch(t, all, false);
            RouteSearch economical = new RouteSearch(t, RouteSearch.disruptedHops(s), true);
            long rollAt = s.disruptions().get(0).at().millis();
            for (long offset = -20_000; offset <= 80_000; offset += 2_500) {
                if (rollAt + offset < 0) {
                    continue;
                }
                RequestSpec moved = s.requests().get(0).withStart(TimeSpan.ofMillis(rollAt + offset));
                Scenario at = s.withRequests(List.of(moved));
                RouteSearch.Routes everything = full.explore(at, 0);
                if (!everything.complete()) {
                    skipped++;
                    continue;
                }
                RouteSearch.Routes pruned = economical.explore(at, 0);
                assertThat(ways(pruned)).as("seed %d, offset %d", seed, offset).isEqualTo(ways(everything));
                assertThat(pruned.outcomes().size()).isLessThanOrEqualTo(everything.outcomes().size());
                compared++;
            }
        }
        System.out.printf("route search economies: %d offsets compared, %d skipped (full walk over %d paths)%n",
                compared, skipped, RouteSearch.MAX_PATHS);
        assertThat(compared).isGreaterThan(500);
    }

    private static Set<String> ways(RouteSearch.Routes routes) {
        Set<String> out = new TreeSet<>();
        for (RoutedOutcome r : routes.outcomes()) {
            Failure f = r.outcome().failure();
            out.add(f == null ? "ok" : r.outcome().statusText() + " " + f.cause() + " " + f.hop() + " " + f.instance());
        }
        return out;
    }
}
