package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.facade.Exports;
import dev.rollscope.model.io.AtomicWrite;
import dev.rollscope.model.sim.SimulationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --scenario NAME} (required) and {@code -o FILE}: what an export command exports and where to. */
final class ExportTarget {

    @Option(names = "--scenario", paramLabel = "NAME", required = true, descriptionKey = "export.scenario")
    private String scenario;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "export.output")
    private Path output;

    /**
     * Simulates the named scenario with its full trace.
     *
     * @throws ParameterException listing the file's scenarios when it has no such one
     */
    SimulationResult simulate(Project project, CommandLine cli) {
        try {
            return Exports.simulate(project, scenario);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, e.getMessage(), e);
        }
    }

    /**
     * Writes the export to the output file atomically, as the app saves (a failed write leaves the
     * old file; a link stays a link; the mode is kept), or to {@code out} when there is none or it
     * is {@code -}.
     *
     * @return the exit code: {@link ExitCodes#OK}, or {@link ExitCodes#INVALID} when the file
     *         cannot be written (the reason on stderr)
     */
    int write(String text, PrintWriter out, CommandLine cli, String written) {
        if (output == null || output.toString().equals("-")) {
            out.print(text);
            return ExitCodes.OK;
        }
        try {
            AtomicWrite.write(output, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            cli.getErr().println(output + ": cannot write: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        cli.getErr().println(written);
        return ExitCodes.OK;
    }

    Path output() {
        return output;
    }
}
