package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.sim.SimulationResult;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rollscope simulate FILE [--scenario NAME] [--json] [--lang zh]}: every request's verdict; exit 1 when one fails. */
@Command(name = "simulate")
final class SimulateCommand extends ProjectCommand {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioRuns runs;

    @Mixin
    private LanguageOption language;

    @Option(names = "--json", descriptionKey = "json")
    private boolean json;

    @Mixin
    private SearchStep step;

    @Override
    protected int run(Project project, PrintWriter out) {
        if (json) {
            boolean allOk = VerdictJson.write(out, file().toString(), project.topology(),
                    runs.chosen(project, spec.commandLine()),
                    (s, id) -> SafetySearch.planFor(project.topology(), s, id, step.value(spec.commandLine()),
                            Sweep.MAX_OFFSETS),
                    language.locale());
            return allOk ? ExitCodes.OK : ExitCodes.FAILURES;
        }
        List<SimulationResult> results = runs.run(project, spec.commandLine());
        VerdictText verdicts = new VerdictText(this::text, language.locale());
        for (SimulationResult r : results) {
            verdicts.print(r, id -> SafetySearch.planFor(project.topology(), r.scenario(), id,
                            step.value(spec.commandLine()), Sweep.MAX_OFFSETS),
                    r.allOk() || SafetySearch.searchable(project.topology(), r.scenario(), step.value(spec.commandLine())),
                    out);
            out.println();
        }
        return exitCode(results);
    }

    /** 0 when every request survives, 1 when one fails (the same as {@code check} for requests). */
    private static int exitCode(List<SimulationResult> results) {
        return results.stream().allMatch(SimulationResult::allOk) ? ExitCodes.OK : ExitCodes.FAILURES;
    }
}
