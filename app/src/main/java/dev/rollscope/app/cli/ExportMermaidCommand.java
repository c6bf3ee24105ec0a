package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.facade.Exports;
import dev.rollscope.model.sim.SimulationResult;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rollscope export mermaid FILE --scenario S [--request ID] [--lang zh] [--show-lbs]
 * [--no-autonumber] [--detail all|essential] [-o out.mmd]}: the Mermaid sequence diagram of one
 * request, or of the whole scenario.
 */
@Command(name = "mermaid")
final class ExportMermaidCommand extends ProjectCommand {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExportTarget target;

    @Mixin
    private LanguageOption language;

    @Mixin
    private DiagramOptions diagram;

    @Option(names = "--request", paramLabel = "ID", descriptionKey = "export.request")
    private String request;

    @Override
    protected int run(Project project, PrintWriter out) {
        SimulationResult r = target.simulate(project, spec.commandLine());
        String text;
        try {
            text = Exports.mermaid(r, request, diagram.options(language.locale()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return target.write(text, out, spec.commandLine(), text("export.written", target.output()),
                ExportTarget.verdict(r, request));
    }
}
