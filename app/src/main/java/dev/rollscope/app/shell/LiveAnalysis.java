package dev.rollscope.app.shell;

import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.sim.SimulationResult;
import java.util.List;

/**
 * What one run of the simulation and the static checks gave for a project and a scenario.
 *
 * @param scenario the scenario's name, or null when the project has none
 * @param result   the simulation's outcomes, or null when there was no scenario or it failed
 * @param findings the static checks' findings (empty when there was no scenario)
 * @param error    why the simulation or the checks could not run; null when they ran
 * @param millis   how long the run took, wall clock
 */
public record LiveAnalysis(String scenario, SimulationResult result, List<Finding> findings, Refusal error,
                           long millis) {

    public LiveAnalysis {
        findings = List.copyOf(findings);
    }

    /** Nothing run yet. */
    static LiveAnalysis none() {
        return new LiveAnalysis(null, null, List.of(), null, 0);
    }

    public boolean ran() {
        return result != null;
    }
}
