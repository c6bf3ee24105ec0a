package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.facade.Exports;
import dev.rollscope.model.sim.SimulationResult;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rollscope export report FILE --scenario S [--lang zh] [diagram options] -o report.md}:
 * the scenario as one Markdown report with its diagrams.
 */
@Command(name = "report")
final class ExportReportCommand extends ProjectCommand {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExportTarget target;

    @Mixin
    private LanguageOption language;

    @Mixin
    private DiagramOptions diagram;

    @Override
    protected int run(Project project, PrintWriter out) {
        SimulationResult r = target.simulate(project, spec.commandLine());
        String text = Exports.report(r, diagram.options(language.locale()));
        return target.write(text, out, spec.commandLine(), text("export.written", target.output()),
                ExportTarget.verdict(r, null));
    }
}
