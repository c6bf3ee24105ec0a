package dev.rollscope.model.analysis.safety;

import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.analysis.plan.FixPlanner;
import dev.rollscope.model.analysis.plan.Found;
import dev.rollscope.model.analysis.safety.RequestTypes.RequestType;
import dev.rollscope.model.analysis.sweep.RouteSearch;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.WorkEstimate;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Is it safe?" for every request type of a scenario: the danger search (a sweep: every start offset
 * one step apart and every routing choice at the disrupted hops and at the hops that hold the
 * request's state; in a scenario that disrupts nothing, every routing choice at the hops that hold
 * its state, else its one simulation) and, for each danger, a verified fix plan ({@link FixPlanner}). A
 * rollout too long to search at the step asked for ({@link Sweep#MAX_OFFSETS} offsets) is searched
 * at the step doubled until it fits, and the answer says which step it used. Answers are kept for the last topologies and scenarios
 * asked about, so the command line, the report and the app ask once per project revision.
 */
public final class SafetySearch {

    /** The step of the danger search unless one is asked for. */
    public static final TimeSpan DEFAULT_STEP = TimeSpan.ofMillis(100);
    private static final int CACHED = 64;
    /** The longest step the search widens to when a rollout is too long for the step asked for. */
    private static final TimeSpan MAX_STEP = TimeSpan.ofSeconds(60);
    /**
     * The most simulation events a scenario's danger search may take (about five minutes on the
     * 2-core machine of docs/benchmarks.md); a larger one is not run, and nothing is called safe.
     */
    public static final long MAX_EVENTS = 1_000_000_000L;
    private static final Map<Key, RequestSafety> CACHE = cache();
    private static final Map<Key, Long> LEAST = cache();
    /** Start offsets of a request type at a step: {@link #leastEvents} and {@link #of} count the same ones. */
    private static final Map<Key, Long> OFFSETS = cache();

    private SafetySearch() {
    }

    private static <V> Map<Key, V> cache() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
                return size() > CACHED;
            }
        };
    }

    /** True when the scenario's danger search fits {@link #MAX_EVENTS} (see {@link #leastEvents}). */
    public static boolean searchable(Topology topology, Scenario scenario, TimeSpan step) {
        return leastEvents(topology, scenario, step) <= MAX_EVENTS;
    }

    /** Every request type of the scenario, in order. */
    public static List<RequestSafety> of(Topology topology, Scenario scenario, TimeSpan step) {
        return of(topology, scenario, step, Sweep.MAX_OFFSETS);
    }

    /**
     * Every request type of the scenario, each searched at {@code step} or, where its rollout would
     * need more than {@code maxOffsets} start offsets, at the step doubled until it needs fewer.
     */
    public static List<RequestSafety> of(Topology topology, Scenario scenario, TimeSpan step, int maxOffsets) {
        return RequestTypes.of(scenario).stream().map(t -> of(topology, t, step, maxOffsets)).toList();
    }

    /** The request type with this id (a request's id or a mix entry's name), if the scenario has it. */
    public static Optional<RequestSafety> of(Topology topology, Scenario scenario, String requestId, TimeSpan step) {
        return of(topology, scenario, requestId, step, Sweep.MAX_OFFSETS);
    }

    /** The request type with this id, searched as {@link #of(Topology, Scenario, TimeSpan, int)} searches each. */
    public static Optional<RequestSafety> of(Topology topology, Scenario scenario, String requestId, TimeSpan step,
                                             int maxOffsets) {
        return RequestTypes.of(scenario).stream().filter(t -> t.id().equals(requestId)).findFirst()
                .map(t -> of(topology, t, step, maxOffsets));
    }

    /**
     * The verified fix plan for a request of the scenario's simulation (by its type: its own id,
     * its kind's or its traffic-mix entry's), or empty when the search does not meet its failure
     * (its start lies between the offsets searched, or the traffic mix set it up) or is too large
     * to run ({@link #searchable}).
     */
    public static Optional<FixPlan> planFor(Topology topology, Scenario scenario, String requestId, TimeSpan step,
                                            int maxOffsets) {
        if (!searchable(topology, scenario, step)) {
            return Optional.empty();
        }
        String type = RequestTypes.typeOf(scenario, requestId);
        return RequestTypes.of(scenario).stream().filter(t -> t.id().equals(type)).findFirst()
                .map(t -> of(topology, t, step, maxOffsets)).filter(s -> !s.safe()).map(RequestSafety::plan);
    }

    private static RequestSafety of(Topology topology, RequestType type, TimeSpan step, int maxOffsets) {
        Key key = new Key(topology, type.scenario(), type.id(), step, maxOffsets);
        synchronized (CACHE) {
            RequestSafety known = CACHE.get(key);
            if (known != null) {
                return known;
            }
        }
        TimeSpan used = usedStep(topology, type, step, maxOffsets);
        Found found;
        while (true) {
            try {
                found = search(type, used).run(topology);
                break;
            } catch (IllegalArgumentException e) {
                if (!Sweep.tooManyOffsets(e) || used.millis() > MAX_STEP.millis()) {
                    throw e;
                }
                used = TimeSpan.ofMillis(used.millis() * 2);
            }
        }
        RequestSafety answer = new RequestSafety(type.id(), found, FixPlanner.plan(topology,
                type.scenario().request(type.id()).orElseThrow(), search(type, used), found,
                Sweep.disrupts(type.scenario()) ? used : TimeSpan.ZERO), used);
        synchronized (CACHE) {
            CACHE.put(key, answer);
        }
        return answer;
    }

    /** The step the search of the type takes: {@code step}, doubled while its rollout would need more than maxOffsets offsets. */
    private static TimeSpan usedStep(Topology topology, RequestType type, TimeSpan step, int maxOffsets) {
        if (!Sweep.disrupts(type.scenario())) {
            return step;
        }
        long n = offsets(topology, type, step, 1);
        if (n <= maxOffsets) {
            return step;
        }
        // Each count simulates the scenario: the offsets fall about as 1/step, so start from the doubling
        // that should fit (never past the first beyond MAX_STEP), back off while a shorter one fits too, and
        // go on doubling as needed. With counts that fall as the step grows, this is the first doubling
        // that fits, as doubling one by one would find.
        long last = 1;
        while (step.millis() * last <= MAX_STEP.millis()) {
            last *= 2;
        }
        long f = 1;
        while (f < last && f * maxOffsets < n) {
            f *= 2;
        }
        while (f > 2 && offsets(topology, type, step, f / 2) <= maxOffsets) {
            f /= 2;
        }
        while (f < last && offsets(topology, type, step, f) > maxOffsets) {
            f *= 2;
        }
        return TimeSpan.ofMillis(step.millis() * f);
    }

    /** The type's start offsets at {@code step} times {@code times}; each count simulates the scenario once, so it is kept. */
    private static long offsets(Topology topology, RequestType type, TimeSpan step, long times) {
        TimeSpan at = TimeSpan.ofMillis(step.millis() * times);
        Key key = new Key(topology, type.scenario(), type.id(), at, 0);
        synchronized (OFFSETS) {
            Long known = OFFSETS.get(key);
            if (known != null) {
                return known;
            }
        }
        long n = Sweep.offsets(topology, type.scenario(), type.id(), at);
        synchronized (OFFSETS) {
            OFFSETS.put(key, n);
        }
        return n;
    }

    /**
     * The least work the danger search of every request type of the scenario takes, in simulation
     * events: each type's start offsets (at the step {@link #of} would use) times the estimated
     * events of one simulation of the scenario; with nothing disrupted, a type whose state a hop holds
     * counts the most routes its walk may take ({@link RouteSearch#MAX_PATHS}). Routing choices
     * across a disruption and fix plans only add to it.
     */
    public static long leastEvents(Topology topology, Scenario scenario, TimeSpan step) {
        Key key = new Key(topology, scenario, "", step, 0);
        synchronized (LEAST) {
            Long known = LEAST.get(key);
            if (known != null) {
                return known;
            }
        }
        long least = countLeastEvents(topology, scenario, step);
        synchronized (LEAST) {
            LEAST.put(key, least);
        }
        return least;
    }

    private static long countLeastEvents(Topology topology, Scenario scenario, TimeSpan step) {
        long perRun = WorkEstimate.of(topology, scenario, SimulationOptions.outcomesOnly()).events();
        long runs = 0;
        for (RequestType type : RequestTypes.of(scenario)) {
            runs = Math.addExact(runs, Sweep.disrupts(type.scenario())
                    ? offsets(topology, type, usedStep(topology, type, step, Sweep.MAX_OFFSETS), 1)
                    : calmRuns(type));
        }
        return Math.multiplyHigh(runs, perRun) != 0 ? Long.MAX_VALUE : runs * perRun;
    }

    /**
     * The simulations {@link Sweep#calm} may run for the request type with nothing disrupted: one
     * when no hop holds its state, else up to {@link RouteSearch#MAX_PATHS} routes, since how many
     * its walk takes is known only by walking it.
     */
    private static long calmRuns(RequestType type) {
        return type.scenario().request(type.id()).filter(RouteSearch::keepsState)
                .map(q -> (long) RouteSearch.MAX_PATHS).orElse(1L);
    }

    /**
     * The danger search of the request type; in a scenario that disrupts nothing before its
     * horizon, where no instance changes so its start cannot matter, the request at its own start on
     * every route through the hops that hold its state ({@link Sweep#calm}): its one simulation when
     * none does.
     */
    private static FixPlanner.Search search(RequestType type, TimeSpan step) {
        if (Sweep.disrupts(type.scenario())) {
            return FixPlanner.sweeping(type.scenario(), type.id(), step);
        }
        return t -> Found.of(Sweep.calm(t, type.scenario(), type.id()));
    }

    private record Key(Topology topology, Scenario scenario, String requestId, TimeSpan step, int maxOffsets) {
    }
}
