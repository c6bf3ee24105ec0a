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
     * @param exported what the export shows: its exit code when the text is written
     * @return the exported run's exit code ({@link #verdict}), or {@link ExitCodes#INVALID} when the
     *         file cannot be written (the reason on stderr)
     */
    int write(String text, PrintWriter out, CommandLine cli, String written, int exported) {
        if (output == null || output.toString().equals("-")) {
            out.print(text);
            return exported;
        }
        try {
            AtomicWrite.write(output, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            cli.getErr().println(output + ": cannot write: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        cli.getErr().println(written);
        return exported;
    }

    /**
     * The exit code of what an export shows, as {@code simulate} gives it: {@link ExitCodes#FAILURES}
     * when the exported request fails, or any request of the scenario when it exports the whole
     * scenario ({@code requestId} null); {@link ExitCodes#OK} otherwise. The file is written either way.
     */
    static int verdict(SimulationResult r, String requestId) {
        boolean ok = requestId == null ? r.allOk() : r.outcome(requestId).ok();
        return ok ? ExitCodes.OK : ExitCodes.FAILURES;
    }

    Path output() {
        return output;
    }
}
