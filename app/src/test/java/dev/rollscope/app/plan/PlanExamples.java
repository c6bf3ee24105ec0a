package dev.rollscope.app.plan;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.analysis.plan.FixPlanner;
import dev.rollscope.model.analysis.plan.Found;
import dev.rollscope.model.analysis.plan.PlanStep;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.List;

/** The examples the fix-plan tests use, read from the repository's examples folder. */
final class PlanExamples {

    /** Roll A with a drain of 0 s: POST-50MB at 50 s is cut at 75 s; the plan (verified) raises A's drain. */
    static final String DRAIN_OFF = "failure-drain-off.json";

    private PlanExamples() {
    }

    /**
     * What a search that gave up would answer for the request of failure-drain-off.json: a plan of
     * one step (A's drain to 10 s) that stopped at {@link FixPlanner#MAX_STEPS} with the request
     * still failing as it does now, unverified. Made by hand, so that it does not hang on which
     * cases the planner cannot solve today.
     */
    static PlanAnswer unverified(Project p) {
        Outcome now = Simulator.run(p.topology(), p.scenario("roll A").orElseThrow(), SimulationOptions.outcomesOnly())
                .outcome("POST-50MB");
        FixPlan plan = new FixPlan("POST-50MB", List.of(new PlanStep(List.of(new SettingChange("A",
                FrontSettings.DRAIN_TIMEOUT.id(), "10s")), now.failure(), false)), false, Found.of(now),
                FixPlan.End.BOUND, p.scenario("roll A").orElseThrow().request("POST-50MB").orElseThrow());
        return new PlanAnswer(PlanRequest.ofVerdict(p, "roll A", "POST-50MB"), now,
                new RequestSafety("POST-50MB", Found.of(now), plan, TimeSpan.ofMillis(100)), now);
    }

    static Project read(String name) {
        try {
            return ProjectFile.read(Path.of("..", "examples", name));
        } catch (ProjectFileException e) {
            throw new AssertionError(e);
        }
    }
}
