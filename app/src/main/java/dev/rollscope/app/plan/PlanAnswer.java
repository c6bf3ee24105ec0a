package dev.rollscope.app.plan;

import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.analysis.plan.SettingChanges;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.safety.RequestTypes;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.Topology;
import java.util.Optional;

/**
 * What the search found for a {@link PlanRequest}: the request's outcome before, the danger search
 * of its request type with its fix plan ({@link SafetySearch}, whose cache the command line and the
 * report share), and the request's outcome in the scenario with the plan's changes applied.
 *
 * @param request the question
 * @param before  the request's outcome as the project is: the picked window's sample (the case
 *                of the window whose fix goes furthest), or the request's outcome in the scenario
 * @param safety  the danger search of the request's type and its plan, or null when the scenario
 *                has no such request type
 * @param after   the same case's outcome (the window's sample, or the scenario) with the plan's
 *                changes applied, or null when there is no plan with changes
 */
public record PlanAnswer(PlanRequest request, Outcome before, RequestSafety safety, Outcome after) {

    /**
     * Searches; slow (a danger search per step of the plan, unless cached), so call it off the
     * FX thread.
     *
     * @throws IllegalArgumentException when the project has no such scenario or request, or the
     *                                  model refuses to search it
     */
    public static PlanAnswer search(PlanRequest r) {
        Scenario s = r.project().scenario(r.scenario()).orElseThrow(
                () -> new IllegalArgumentException("the project has no scenario \"" + r.scenario() + "\""));
        Scenario played = r.window() == null ? s : Sweep.caseAt(s, r.sweep(), offset(s, r.sweep(), r.window()));
        Outcome before = r.window() != null ? r.window().sample() : outcome(r.project().topology(), s, r.requestId());
        String type = RequestTypes.typeOf(s, r.requestId());
        RequestSafety safety = SafetySearch.of(r.project().topology(), s, type, SafetySearch.DEFAULT_STEP)
                .orElse(null);
        Outcome after = null;
        if (safety != null && !safety.plan().steps().isEmpty()) {
            after = outcome(SettingChanges.apply(r.project().topology(), safety.plan().changes()), played,
                    r.requestId());
        }
        return new PlanAnswer(r, before, safety, after);
    }

    /** The plan, when the search met the request's failure (it found a danger or a failure with nothing disrupted). */
    public Optional<FixPlan> plan() {
        return safety == null || safety.safe() ? Optional.empty() : Optional.of(safety.plan());
    }

    /** True when there is a plan with changes that the search verified (it ended {@link FixPlan.End#SAFE}). */
    public boolean verified() {
        return plan().filter(p -> p.end() == FixPlan.End.SAFE && !p.steps().isEmpty()).isPresent();
    }

    /**
     * The danger window to show as "before": the one the user picked, else the search's window
     * with the before failure's cause at its hop, else its first; empty when it found none.
     */
    public Optional<DangerWindow> window() {
        if (request.window() != null) {
            return Optional.of(request.window());
        }
        SweepResult sweep = safety == null ? null : safety.found().sweep();
        if (sweep == null || sweep.windows().isEmpty()) {
            return Optional.empty();
        }
        return sweep.windows().stream().filter(w -> before.failure() != null
                        && w.cause() == before.failure().cause() && w.hop().equals(before.failure().hop()))
                .findFirst().or(() -> Optional.of(sweep.windows().get(0)));
    }

    /** The start offset of the window's sample: ms after the earliest disruption of the swept (shifted) scenario. */
    private static long offset(Scenario s, SweepResult sweep, DangerWindow w) {
        long first = s.disruptions().stream().mapToLong(d -> d.at().millis()).min().orElse(0);
        return w.sample().start() - first - sweep.shift();
    }

    private static Outcome outcome(Topology t, Scenario s, String requestId) {
        return Simulator.run(t, s, SimulationOptions.outcomesOnly()).outcome(requestId);
    }
}
