package dev.rollscope.model.analysis.plan;

import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.topology.SettingCatalog;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds fix plans that the simulation has shown to work. Starting from a danger search that found
 * the request failing, it applies the fix of the first failure found, searches again (every offset
 * and routing choice), adds the fix of what fails now, and so on, up to {@link #MAX_STEPS} steps.
 * A plan is marked verified only by a search that found nothing left.
 *
 * <p>Each fix is the smallest value the failure needed (a drain as long as the request still
 * needed, rounded up to whole seconds as GCP and Kubernetes take them); a later step that changes
 * the same setting again keeps the larger value. When a failure comes back after its time setting
 * was raised (the offsets that failed asked for less than the next ones need, or retries hid the
 * neediest), the planner searches that setting for the smallest whole-second value at which no
 * offset and route fails that way any more.
 */
public final class FixPlanner {

    /** The most steps a plan takes before the planner says it found none. */
    public static final int MAX_STEPS = 4;
    private static final long DAY_SECONDS = 86_400;

    private FixPlanner() {
    }

    /**
     * Searches for a request's failures on a topology (with a plan's changes applied); throws
     * {@link IllegalArgumentException} or {@link SimulationLimitException} when it cannot search
     * (a change so large that the rollout outlasts what a sweep may cover).
     */
    @FunctionalInterface
    public interface Search {
        Found run(Topology topology);
    }

    /** The danger search of one request of a scenario, in steps of {@code step}. */
    public static Search sweeping(Scenario scenario, String requestId, TimeSpan step) {
        return t -> Found.of(Sweep.run(t, scenario, requestId, step));
    }

    /**
     * The plan for one request, given what the search already found on the topology as it is.
     *
     * @param request the request searched, as the search's scenario has it
     * @param margin  added to a searched value, for start offsets between those the search tried
     *                (its step; zero for a search that tries every start)
     */
    public static FixPlan plan(Topology topology, RequestSpec request, Search search, Found first, TimeSpan margin) {
        List<PlanStep> steps = new ArrayList<>();
        List<SettingChange> applied = List.of();
        Found now = first;
        FixPlan.End end = FixPlan.End.BOUND;
        while (!now.safe() && steps.size() < MAX_STEPS) {
            Failure next = nextFailure(now, applied);
            if (next == null) {
                end = now.unfinished() ? FixPlan.End.UNFINISHED : FixPlan.End.NO_SETTING;
                break;
            }
            List<SettingChange> before = applied;
            Optional<SettingChange> searched = again(next, before)
                    .flatMap(c -> smallestClearing(topology, search, margin, before, c, next));
            List<SettingChange> changes = searched.map(List::of).orElse(next.fixes());
            List<SettingChange> trial = SettingChanges.merge(applied, changes);
            if (trial.equals(applied)) {
                end = FixPlan.End.NO_FIX;
                break;
            }
            Optional<Found> after = attempt(topology, search, trial);
            if (after.isEmpty()) {
                end = FixPlan.End.TOO_LARGE;
                break;
            }
            steps.add(new PlanStep(changes, next, searched.isPresent()));
            applied = trial;
            now = after.get();
        }
        return new FixPlan(first.requestId(), steps, now.safe(), now, now.safe() ? FixPlan.End.SAFE : end,
                request);
    }

    /**
     * The time setting of f's fix that the plan has already raised, if any: its failure came back
     * with a value the last search's failing offsets asked for, which the next offsets outgrow.
     */
    private static Optional<SettingChange> again(Failure f, List<SettingChange> applied) {
        for (SettingChange c : f.fixes()) {
            boolean raisedBefore = applied.stream().anyMatch(a -> a.sameSetting(c));
            if (raisedBefore && SettingCatalog.byId(c.setting()).map(x -> x.type().parse(c.value()))
                    .filter(TimeSpan.class::isInstance).isPresent()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The smallest whole-second value of c's setting at which the danger search finds no failure of
     * f's cause at f's hop, doubled from the value asked for until it clears (at most a day), then
     * halved back to the boundary; plus one step of the search, rounded up to a second, as the
     * margin for start offsets between those tried. Empty when even a day does not clear it.
     */
    private static Optional<SettingChange> smallestClearing(Topology topology, Search search, TimeSpan margin,
                                                            List<SettingChange> applied, SettingChange c, Failure f) {
        long low = TimeSpan.parse(c.value()).millis() / 1000;
        long high = Math.max(1, low);
        while (!clears(topology, search, applied, c, f, high)) {
            low = high;
            high *= 2;
            if (high > DAY_SECONDS) {
                return Optional.empty();
            }
        }
        while (high - low > 1) {
            long mid = (low + high) / 2;
            if (clears(topology, search, applied, c, f, mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return Optional.of(new SettingChange(c.hop(), c.setting(),
                TimeSpan.wholeSecondsAtLeast(high * 1000 + margin.millis()).toString()));
    }

    private static boolean clears(Topology topology, Search search, List<SettingChange> applied, SettingChange c,
                                  Failure f, long seconds) {
        List<SettingChange> trial = SettingChanges.merge(applied, List.of(withSeconds(c, seconds)));
        return attempt(topology, search, trial).map(r -> r.failures().stream()
                .noneMatch(g -> g.cause() == f.cause() && g.hop().equals(f.hop()))).orElse(false);
    }

    /** The search with the changes applied, or empty when it cannot run. */
    private static Optional<Found> attempt(Topology topology, Search search, List<SettingChange> changes) {
        try {
            return Optional.of(search.run(SettingChanges.apply(topology, changes)));
        } catch (IllegalArgumentException | SimulationLimitException e) {
            return Optional.empty();
        }
    }

    private static SettingChange withSeconds(SettingChange c, long seconds) {
        return new SettingChange(c.hop(), c.setting(), TimeSpan.ofSeconds(seconds).toString());
    }

    /**
     * The failure whose fix to apply next: the undisturbed failure if the request fails regardless
     * of the disruption, else the first window's; one whose fix changes nothing new is passed over.
     */
    private static Failure nextFailure(Found found, List<SettingChange> applied) {
        List<Failure> candidates = found.failures();
        for (Failure f : candidates) {
            if (!f.fixes().isEmpty() && !SettingChanges.merge(applied, f.fixes()).equals(applied)) {
                return neediest(f, candidates);
            }
        }
        // Every fix asked for is in the plan and it still fails: the failing offsets ask for too little
        // (their need hides behind the value already set); the first one's time setting is searched.
        return candidates.stream().filter(f -> !f.fixes().isEmpty()).findFirst().orElse(null);
    }

    /**
     * Of the failures with f's cause at f's hop, the one whose fix asks for the most: the windows
     * of one cause (one per instance, or split by offsets that failed otherwise) each saw only
     * their own offsets, and a fix for the first alone saves only those.
     */
    private static Failure neediest(Failure f, List<Failure> candidates) {
        Failure most = f;
        for (Failure g : candidates) {
            if (g.cause() == most.cause() && g.hop().equals(most.hop()) && asksMore(g, most)) {
                most = g;
            }
        }
        return most;
    }

    private static boolean asksMore(Failure g, Failure f) {
        for (SettingChange x : g.fixes()) {
            for (SettingChange y : f.fixes()) {
                if (x.sameSetting(y) && x.compareValue(y) > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
