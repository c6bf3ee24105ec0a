package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.RouteChoices;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The sweep of start offsets: one request of a scenario sent at every offset, one step apart,
 * from the earliest start that still overlaps the scenario's disruptions to the last event they
 * cause, each offset in a simulation of its own.
 *
 * <p>Each simulation is the scenario (its disruptions, its other requests at their own times, its
 * seed) with the swept request moved to the offset; the traffic mix is left out, so that 1,000
 * offsets cost milliseconds and an offset's outcome does not hang on random arrivals. The range
 * starts at {@code -d}, where {@code d} is the request's duration with no disruption (a request
 * that ends before the disruption starts cannot meet it), and ends at the last event of the
 * disrupted chain.
 */
public final class Sweep {

    /** The most offsets one sweep simulates; a finer step over a longer rollout is refused. */
    public static final int MAX_OFFSETS = 20_000;

    private Sweep() {
    }

    /**
     * @throws IllegalArgumentException when the scenario has no such request or no disruption,
     *                                  the step is not positive, or the range needs more than
     *                                  {@link #MAX_OFFSETS} offsets
     * @throws dev.rollscope.model.sim.SimulationLimitException when one simulation exceeds the
     *                                  default event limit
     */
    public static SweepResult run(Topology topology, Scenario scenario, String requestId, TimeSpan step) {
        RequestSpec probe = probe(scenario, requestId);
        if (!disrupts(scenario)) {
            throw new IllegalArgumentException("scenario \"" + scenario.name()
                    + "\" has no rollout, node upgrade or crash before its horizon to sweep across");
        }
        if (step.isNone() || step.millis() <= 0) {
            throw new IllegalArgumentException("sweep step must be a positive time, not " + step);
        }
        SweepRange range = SweepRange.of(topology, scenario, probe, step.millis());
        Set<String> hops = RouteSearch.routedHops(topology, scenario, probe);
        RouteSearch search = new RouteSearch(topology, hops, true, RouteSearch.statefulHops(topology, probe));
        List<SweepPoint> points = IntStream.range(0, range.count()).parallel()
                .mapToObj(i -> point(search, range, i))
                .collect(Collectors.toList());
        return new SweepResult(probe.id(), scenario.disruptions(), step.millis(), range.shift(), points,
                DangerWindows.of(points, range.calm().failure()), range.calm(), hops);
    }

    /**
     * The request in a scenario that disrupts nothing, at its own start, on every route that can
     * matter: through the hops that hold its state ({@link RouteSearch#statefulHops}: a resumable
     * upload on its pod's own storage, whose later chunks may reach a pod that never saw it). With
     * no instance changing, its start cannot matter, nor a pick at a hop that holds nothing of it:
     * a request that keeps no state is its one simulation (one route, no choice point).
     *
     * @return the routes at offset 0, the scenario's own routing first
     * @throws IllegalArgumentException when the scenario has no such request
     */
    public static SweepPoint calm(Topology topology, Scenario scenario, String requestId) {
        RequestSpec probe = probe(scenario, requestId);
        Set<String> stateful = RouteSearch.statefulHops(topology, probe);
        if (stateful.isEmpty()) {
            return SweepPoint.alone(Simulator.run(topology, scenario, SimulationOptions.outcomesOnly()).outcome(requestId));
        }
        RouteSearch.Routes routes = new RouteSearch(topology, stateful, true, stateful)
                .explore(scenario, scenario.requests().indexOf(probe));
        return new SweepPoint(0, routes.outcomes(), routes.complete());
    }

    /**
     * The case one point of a sweep stands for: the scenario as it was simulated for that offset
     * (shifted by the sweep's {@link SweepResult#shift()}, without its traffic mix), with the swept
     * request sent {@code offset} ms after the earliest disruption starts, so it can be played.
     *
     * @param scenario the scenario the sweep ran on
     * @throws IllegalArgumentException when the scenario has no disruption or not the swept request
     */
    public static Scenario caseAt(Scenario scenario, SweepResult result, long offset) {
        RequestSpec probe = probe(scenario, result.requestId());
        long start = scenario.disruptions().stream().mapToLong(d -> d.at().millis()).min()
                .orElseThrow(() -> new IllegalArgumentException("scenario \"" + scenario.name() + "\" has no disruption"));
        return SweepRange.sentAt(SweepRange.shifted(scenario, result.shift()), scenario.requests().indexOf(probe),
                start + result.shift() + offset);
    }

    /**
     * The routing that walks one route of a sweep point again in its {@link #caseAt case}: the
     * route's script for the swept request, at the hops the sweep branched on (those its
     * disruptions touch and those that hold the request's state).
     *
     * @param scenario the scenario the sweep ran on
     * @throws IllegalArgumentException when the scenario has not the swept request
     */
    public static RouteChoices routeOf(Scenario scenario, SweepResult result, RoutedOutcome route) {
        RequestSpec probe = probe(scenario, result.requestId());
        return new RouteChoices(scenario.requests().indexOf(probe), result.hops(),
                route.script().stream().mapToInt(Integer::intValue).toArray());
    }

    /** How many start offsets a sweep of the request in steps of {@code step} covers. */
    public static long offsets(Topology topology, Scenario scenario, String requestId, TimeSpan step) {
        return SweepRange.count(topology, scenario, probe(scenario, requestId), step.millis());
    }

    /** True when a disruption of the scenario starts before its horizon: something to sweep across. */
    public static boolean disrupts(Scenario scenario) {
        return scenario.disruptions().stream().anyMatch(d -> d.at().compareTo(scenario.horizon()) < 0);
    }

    /** True when e is the refusal of a sweep that would need more than {@link #MAX_OFFSETS} offsets. */
    public static boolean tooManyOffsets(IllegalArgumentException e) {
        return e instanceof TooManyOffsets;
    }

    /** A sweep whose step is too short for its rollout. */
    static final class TooManyOffsets extends IllegalArgumentException {

        TooManyOffsets(String message) {
            super(message);
        }
    }

    private static SweepPoint point(RouteSearch search, SweepRange range, int i) {
        long offset = range.offset(i);
        RouteSearch.Routes routes = search.explore(range.scenarioAt(offset), range.probe());
        return new SweepPoint(offset, routes.outcomes(), routes.complete());
    }

    private static RequestSpec probe(Scenario scenario, String requestId) {
        return scenario.request(requestId).orElseThrow(() -> new IllegalArgumentException(
                "scenario \"" + scenario.name() + "\" has no request \"" + requestId + "\"; it has: "
                        + scenario.requests().stream().map(RequestSpec::id).collect(Collectors.joining(", "))));
    }
}
