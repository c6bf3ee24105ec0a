package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rollscope check FILE}: exit 0 when every request of every scenario survives, 1 with the
 * reasons when one does not, 2 when the file is bad. Meant for CI.
 */
@Command(name = "check")
final class CheckCommand extends ProjectCommand {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioRuns runs;

    @Mixin
    private LanguageOption language;

    @Override
    protected int run(Project project, PrintWriter out) {
        List<SimulationResult> results = runs.run(project, spec.commandLine());
        long failed = 0;
        long total = 0;
        for (SimulationResult r : results) {
            total += r.requests().size();
            for (Outcome o : r.outcomes()) {
                if (!o.ok()) {
                    failed++;
                    Explanation x = Explanation.of(o.failure(), language.locale());
                    out.println(text("check.failure", r.scenario().name(), o.requestId(), o.statusText(),
                            x.summary(), x.fix()));
                }
            }
        }
        out.println(failed == 0 ? text("check.ok", file(), total, results.size())
                : text("check.failed", file(), failed, total));
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILURES;
    }
}
