package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.TextEscape;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --scenario NAME}: the scenarios a command simulates (all of the file's, unless named). */
final class ScenarioRuns {

    @Option(names = "--scenario", paramLabel = "NAME", descriptionKey = "scenario")
    private String scenario;

    /**
     * Simulates the chosen scenarios, recording outcomes only.
     *
     * @throws ParameterException when the named scenario is not in the file
     */
    List<SimulationResult> run(Project project, CommandLine cli) {
        List<SimulationResult> out = new ArrayList<>();
        for (Scenario s : chosen(project, cli)) {
            out.add(Simulator.run(project.topology(), s, SimulationOptions.outcomesOnly()));
        }
        return out;
    }

    /**
     * The chosen scenarios: all of the file's, or the one named.
     *
     * @throws ParameterException when the named scenario is not in the file
     */
    List<Scenario> chosen(Project project, CommandLine cli) {
        List<Scenario> chosen = new ArrayList<>();
        for (Scenario s : project.scenarios()) {
            if (scenario == null || s.name().equals(scenario)) {
                chosen.add(s);
            }
        }
        if (scenario != null && chosen.isEmpty()) {
            throw new ParameterException(cli, TextEscape.line("no scenario \"" + scenario + "\" in the file; it has: "
                    + String.join(", ", project.scenarios().stream().map(Scenario::name).toArray(String[]::new))));
        }
        return chosen;
    }
}
