package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFileException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rollscope validate FILE}: exit 0 and a summary when the file is valid, 2 and the error when not. */
@Command(name = "validate")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectFileParameter input;

    @Override
    public Integer call() throws ProjectFileException {
        Project project = input.read();
        spec.commandLine().getOut().println(CliText.format(spec, "validate.ok", input.file(),
                project.topology().hops().size(), project.scenarios().size()));
        return ExitCodes.OK;
    }
}
