package dev.rollscope.model.analysis.sweep;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.InstanceState;
import dev.rollscope.model.sim.RouteChoices;
import dev.rollscope.model.sim.RouteChoices.ChoicePoint;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.Topology;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every route one request of a scenario can take through the hops named: a depth-first walk over
 * the choice points the request meets (each front's pick of an instance, each reuse of a pooled
 * connection, again on every retry), one simulation per path, each path replaying the one it
 * branched from up to its branch.
 *
 * <p>Options that cannot differ are walked once: two instances of one hop that both stay ready for
 * the whole simulation (never drained, stopped nor crashed) are interchangeable for the request,
 * since nothing about them changes while it runs. Whether an instance is ever stopped is decided by
 * the controllers from time and readiness, never by where requests go, so one path's histories
 * tell it for all. {@code RouteSearchTest} checks the pruning against the unpruned walk. At a hop
 * that keeps state for the request (a resumable upload stored on a pod's own disk, domain.md §13)
 * no two instances are interchangeable: only one holds the upload, so every option is walked.
 */
public final class RouteSearch {

    /** The most paths walked for one start offset; past it, the search says it is incomplete. */
    public static final int MAX_PATHS = 2_048;

    private final Topology topology;
    private final Set<String> hops;
    private final boolean prune;
    private final Set<String> stateful;

    /**
     * @param hops  ids of the hops whose picks are choice points
     * @param prune false to walk interchangeable options too (for tests of the pruning)
     */
    public RouteSearch(Topology topology, Set<String> hops, boolean prune) {
        this(topology, hops, prune, Set.of());
    }

    /** @param stateful ids of the hops whose instances are never interchangeable (they hold the request's state) */
    public RouteSearch(Topology topology, Set<String> hops, boolean prune, Set<String> stateful) {
        this.topology = topology;
        this.hops = Set.copyOf(hops);
        this.prune = prune;
        this.stateful = Set.copyOf(stateful);
    }

    /** The hops whose instances a scenario's disruptions touch: the only ones whose picks can matter. */
    public static Set<String> disruptedHops(Scenario scenario) {
        return scenario.disruptions().stream().flatMap(d -> d.hops().stream()).collect(Collectors.toSet());
    }

    /**
     * The hops whose instances hold state of the request: the application's, for a resumable upload
     * kept on the pod's own storage (domain.md §13). Their picks matter even when nothing disrupts them.
     */
    public static Set<String> statefulHops(Topology topology, RequestSpec probe) {
        return keepsState(probe) ? Set.of(topology.hops().get(topology.hops().size() - 1).id()) : Set.of();
    }

    /** True when an instance holds state of the request ({@link #statefulHops}): its routes matter undisturbed. */
    public static boolean keepsState(RequestSpec probe) {
        return probe.resumable() != null && probe.resumable().store() == ResumableUpload.Storage.POD;
    }

    /**
     * The hops whose picks can matter for the request in the scenario: those its disruptions touch
     * and those that hold its state. Every pick there is a choice point, for each attempt the request
     * makes (a retry, each chunk of a resumable upload: they are one request's attempts).
     */
    public static Set<String> routedHops(Topology topology, Scenario scenario, RequestSpec probe) {
        Set<String> hops = new HashSet<>(disruptedHops(scenario));
        hops.addAll(statefulHops(topology, probe));
        return Set.copyOf(hops);
    }

    /**
     * What happens to request number {@code probe} of the scenario on every route.
     *
     * @return one outcome per distinct path, the scenario's own routing first
     */
    public Routes explore(Scenario scenario, int probe) {
        List<RoutedOutcome> out = new ArrayList<>();
        Deque<int[]> pending = new ArrayDeque<>();
        pending.push(new int[0]);
        while (!pending.isEmpty()) {
            if (out.size() == MAX_PATHS) {
                return new Routes(out, false);
            }
            int[] script = pending.pop();
            RouteChoices routes = new RouteChoices(probe, hops, script);
            SimulationResult result = Simulator.run(topology, scenario, SimulationOptions.outcomesOnly(), routes);
            List<ChoicePoint> points = routes.points();
            int[] taken = routes.taken();
            out.add(new RoutedOutcome(route(points), result.outcomes().get(probe), Arrays.stream(taken).boxed().toList()));
            Set<String> steady = prune ? steady(result) : Set.of();
            for (int j = points.size() - 1; j >= script.length; j--) {
                branch(points.get(j), Arrays.copyOf(taken, j + 1), steady, pending);
            }
        }
        return new Routes(out, true);
    }

    /** Pushes a script for every option of point p not yet walked and not interchangeable with one walked. */
    private static void branch(ChoicePoint p, int[] prefix, Set<String> steady, Deque<int[]> pending) {
        Set<String> walked = new HashSet<>();
        walked.add(kind(p, p.taken(), steady));
        for (int i = p.options().length - 1; i >= 0; i--) {
            if (i != p.taken() && walked.add(kind(p, i, steady))) {
                int[] script = prefix.clone();
                script[script.length - 1] = p.options()[i];
                pending.push(script);
            }
        }
    }

    /** Options of one kind are interchangeable: those leading only to steady instances, pooled or not. */
    private static String kind(ChoicePoint p, int option, Set<String> steady) {
        String[] ids = p.leadsTo()[option];
        boolean allSteady = ids.length > 0 && Arrays.stream(ids).allMatch(steady::contains);
        if (!allSteady) {
            return Integer.toString(p.options()[option]);
        }
        return p.options()[option] < RouteChoices.NEW_CONNECTION ? "steady pooled" : "steady";
    }

    /** Instances that, once ready, stay ready to the end, and hold no state of the request. */
    private Set<String> steady(SimulationResult result) {
        Set<String> out = new HashSet<>();
        for (InstanceInfo i : result.instances()) {
            if (stateful.contains(topology.hops().get(i.hop()).id())) {
                continue;
            }
            boolean ready = false;
            boolean steady = true;
            for (InstanceInfo.StateInterval s : i.intervals()) {
                if (s.state() == InstanceState.READY) {
                    ready = true;
                } else if (ready) {
                    steady = false;
                }
            }
            if (ready && steady) {
                out.add(i.id());
            }
        }
        return out;
    }

    private static String route(List<ChoicePoint> points) {
        return points.stream().map(ChoicePoint::takenLabel).collect(Collectors.joining(" → "));
    }

    /**
     * The outcomes of every route walked.
     *
     * @param complete false when the walk stopped at {@link #MAX_PATHS} with routes left
     */
    public record Routes(List<RoutedOutcome> outcomes, boolean complete) {

        public Routes {
            outcomes = List.copyOf(outcomes);
        }
    }
}
