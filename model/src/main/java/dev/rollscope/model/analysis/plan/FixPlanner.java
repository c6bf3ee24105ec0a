package dev.rollscope.model.analysis.plan;

import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds fix plans that the simulation has shown to work. Starting from a danger search that found
 * the request failing, it applies the fix of the first failure found, searches again (every offset
 * and routing choice), adds the fix of what fails now, and so on, up to {@link #MAX_STEPS} steps.
 * A plan is marked verified only by a search that found nothing left.
 *
 * <p>Each fix is the smallest value the failure needed (a drain as long as the request still
 * needed, rounded up to whole seconds as GCP and Kubernetes take them); a later step that changes
 * the same setting again keeps the larger value.
 */
public final class FixPlanner {

    /** The most steps a plan takes before the planner says it found none. */
    public static final int MAX_STEPS = 4;

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
            steps.add(new PlanStep(next.fixes(), next));
            applied = SettingChanges.merge(applied, next.fixes());
            now = Sweep.run(SettingChanges.apply(topology, applied), scenario, first.requestId(), step);
        }
        return new FixPlan(first.requestId(), steps, now.safe(), now);
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
                return f;
            }
        }
        return null;
    }
}
