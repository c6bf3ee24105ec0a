package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code rollscope validate FILE}: exit 0 and a summary when the file is valid, 2 and the error when not. */
@Command(name = "validate")
final class ValidateCommand extends ProjectCommand {

    @Override
    protected int run(Project project, PrintWriter out) {
        out.println(text("validate.ok", file(), project.topology().hops().size(), project.scenarios().size()));
        return ExitCodes.OK;
    }
}
