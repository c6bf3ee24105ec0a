package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.sim.SimulationResult;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rollscope simulate FILE [--scenario NAME] [--json] [--lang zh]}: every request's verdict. */
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

    @Override
    protected int run(Project project, PrintWriter out) {
        List<SimulationResult> results = runs.run(project, spec.commandLine());
        if (json) {
            out.print(VerdictJson.of(file().toString(), results,
                    (r, id) -> Plans.of(project.topology(), r.scenario(), id), language.locale()));
            return ExitCodes.OK;
        }
        VerdictText verdicts = new VerdictText(this::text, language.locale());
        for (SimulationResult r : results) {
            verdicts.print(r, id -> Plans.of(project.topology(), r.scenario(), id), out);
            out.println();
        }
        return ExitCodes.OK;
    }
}
