package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.analysis.Severity;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rollscope check FILE}: exit 0 when every request of every scenario survives and no static
 * check finds an error, 1 with the reasons and fixes when one does (warnings are listed but do not
 * fail), 2 when the file is bad. Meant for CI.
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
        long failed = printFailures(results, out);
        long errors = printFindings(project, results, out);
        long total = results.stream().mapToLong(r -> r.requests().size()).sum();
        out.println(failed == 0 ? text("check.ok", file(), total, results.size())
                : text("check.failed", file(), failed, total));
        if (errors > 0) {
            out.println(text("check.errors", file(), errors));
        }
        return failed == 0 && errors == 0 ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    /** Prints each failed request with its fix; returns how many failed. */
    private long printFailures(List<SimulationResult> results, PrintWriter out) {
        long failed = 0;
        for (SimulationResult r : results) {
            for (Outcome o : r.outcomes()) {
                if (!o.ok()) {
                    failed++;
                    Explanation x = Explanation.of(o.failure(), language.locale());
                    out.println(text("check.failure", r.scenario().name(), o.requestId(), o.statusText(),
                            x.summary(), x.fix()));
                }
            }
        }
        return failed;
    }

    /**
     * Prints the errors the static checks find for each scenario, then the warnings once each
     * (a warning about a hop a scenario does not disrupt holds for every scenario); returns how
     * many errors.
     */
    private long printFindings(Project project, List<SimulationResult> results, PrintWriter out) {
        long errors = 0;
        Set<String> warnings = new LinkedHashSet<>();
        for (SimulationResult r : results) {
            for (Finding f : Checks.run(project.topology(), r.scenario())) {
                String message = f.message(language.locale());
                String fix = f.fixText(language.locale());
                if (f.severity() == Severity.ERROR) {
                    errors++;
                    out.println(text("check.error", r.scenario().name(), f.hop(), f.check(), message, fix));
                } else {
                    warnings.add(text("check.warning", f.severity().name(), f.hop(), f.check(), message, fix));
                }
            }
        }
        warnings.forEach(out::println);
        return errors;
    }
}
