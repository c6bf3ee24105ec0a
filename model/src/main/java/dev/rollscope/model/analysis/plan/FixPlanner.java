package dev.rollscope.model.analysis.plan;

import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
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
     * The plan for one request of a scenario, given the danger search already run on it.
     *
     * @param first the sweep of the request on {@code topology} (whatever it found)
     */
    public static FixPlan plan(Topology topology, Scenario scenario, SweepResult first, TimeSpan step) {
        List<PlanStep> steps = new ArrayList<>();
        List<SettingChange> applied = List.of();
        SweepResult now = first;
        while (!now.safe() && steps.size() < MAX_STEPS) {
            Failure next = nextFailure(now, applied);
            if (next == null) {
                break;
            }
            List<SettingChange> before = applied;
            Optional<SettingChange> searched = again(next, before)
                    .flatMap(c -> smallestClearing(topology, scenario, first.requestId(), step, before, c, next));
            List<SettingChange> changes = searched.map(List::of).orElse(next.fixes());
            List<SettingChange> trial = SettingChanges.merge(applied, changes);
            Optional<SweepResult> after = search(topology, scenario, first.requestId(), step, trial);
            if (after.isEmpty()) {
                break;
            }
            steps.add(new PlanStep(changes, next, searched.isPresent()));
            applied = trial;
            now = after.get();
        }
        return new FixPlan(first.requestId(), steps, now.safe(), now);
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
    private static Optional<SettingChange> smallestClearing(Topology topology, Scenario scenario, String request,
                                                            TimeSpan step, List<SettingChange> applied,
                                                            SettingChange c, Failure f) {
        long low = TimeSpan.parse(c.value()).millis() / 1000;
        long high = Math.max(1, low);
        while (!clears(topology, scenario, request, step, applied, c, f, high)) {
            low = high;
            high *= 2;
            if (high > DAY_SECONDS) {
                return Optional.empty();
            }
        }
        while (high - low > 1) {
            long mid = (low + high) / 2;
            if (clears(topology, scenario, request, step, applied, c, f, mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return Optional.of(new SettingChange(c.hop(), c.setting(),
                TimeSpan.wholeSecondsAtLeast(high * 1000 + step.millis()).toString()));
    }

    private static boolean clears(Topology topology, Scenario scenario, String request, TimeSpan step,
                                  List<SettingChange> applied, SettingChange c, Failure f, long seconds) {
        List<SettingChange> trial = SettingChanges.merge(applied, List.of(withSeconds(c, seconds)));
        return search(topology, scenario, request, step, trial).map(r -> r.windows().stream()
                .noneMatch(w -> w.cause() == f.cause() && w.hop().equals(f.hop()))).orElse(false);
    }

    /**
     * The danger search with the changes applied, or empty when it cannot run: a change so large
     * that the rollout outlasts what a sweep of this step may cover.
     */
    private static Optional<SweepResult> search(Topology topology, Scenario scenario, String request, TimeSpan step,
                                                List<SettingChange> changes) {
        try {
            return Optional.of(Sweep.run(SettingChanges.apply(topology, changes), scenario, request, step));
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
    private static Failure nextFailure(SweepResult r, List<SettingChange> applied) {
        List<Failure> candidates = new ArrayList<>();
        if (!r.undisturbed().ok()) {
            candidates.add(r.undisturbed().failure());
        }
        r.windows().stream().map(DangerWindow::failure).forEach(candidates::add);
        for (Failure f : candidates) {
            if (!f.fixes().isEmpty() && !SettingChanges.merge(applied, f.fixes()).equals(applied)) {
                return neediest(f, candidates);
            }
        }
        return null;
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
