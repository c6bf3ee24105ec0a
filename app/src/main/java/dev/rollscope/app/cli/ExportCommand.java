package dev.rollscope.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rollscope export mermaid|report|animation FILE ...}: diagrams, reports and animations of a scenario. */
@Command(name = "export", subcommands = {ExportMermaidCommand.class, ExportReportCommand.class,
    ExportAnimationCommand.class})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without {@code mermaid} or {@code report}: the usage on stderr. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
