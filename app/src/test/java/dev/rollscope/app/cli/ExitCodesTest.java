package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.sim.SimulationFault;
import dev.rollscope.model.sim.SimulationLimitException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Exit codes that cannot be confused: 0 safe, 1 requests fail or findings, 2 bad input, 3 an
 * internal error, which prints one line (file, scenario, log file) and keeps its stack trace out of
 * the terminal.
 */
class ExitCodesTest {

    private static final String DEFAULTS = Path.of("..", "examples", "abcd-defaults.json").toString();
    private static final String ZERO_DOWNTIME = Path.of("..", "examples", "abcd-zero-downtime.json").toString();
    private static final Pattern LOG = Pattern.compile("(\\S*rollscope-internal-error-\\S*\\.log)");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A command that breaks the way an engine bug does. */
    @Command(name = "boom")
    static final class Boom extends ProjectCommand {
        static Throwable error;

        @Mixin
        private LanguageOption language;

        @Override
        protected int run(Project project, PrintWriter out) {
            if (error instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) error;
        }
    }

    private int runWithBoom(Throwable error, String... args) {
        Boom.error = error;
        CommandLine cli = new CommandLine(new RollscopeCli());
        cli.addSubcommand("boom", new Boom());
        return RollscopeCli.run(cli, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void simulateExitsZeroWhenEveryRequestSurvivesAndOneWhenOneFails() {
        assertThat(RollscopeCli.run(new PrintWriter(out), new PrintWriter(err), "simulate", ZERO_DOWNTIME))
                .isEqualTo(ExitCodes.OK);
        assertThat(RollscopeCli.run(new PrintWriter(out), new PrintWriter(err), "simulate", DEFAULTS))
                .isEqualTo(ExitCodes.FAILURES);
    }

    @Test
    void anEngineFaultIsAnInternalErrorWithOneLineAndALogFile() throws Exception {
        SimulationFault fault = new SimulationFault("roll B", 7, 1234, "RESPONSE_ARRIVED",
                new NullPointerException("boom"));

        assertThat(runWithBoom(fault, "boom", DEFAULTS)).isEqualTo(ExitCodes.INTERNAL);

        String line = err.toString();
        assertThat(line.strip().lines()).hasSize(1);
        assertThat(line).contains("internal error").contains(DEFAULTS).contains("scenario \"roll B\"")
                .contains("Please report it with the log").doesNotContain("at dev.rollscope");
        Matcher m = LOG.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        Path log = Path.of(m.group(1));
        assertThat(Files.readString(log)).contains("SimulationFault").contains("NullPointerException: boom")
                .contains("arguments: boom " + DEFAULTS).contains("at dev.rollscope");
        Files.delete(log);
    }

    @Test
    void anErrorOutsideTheEngineIsAnInternalErrorToo() throws Exception {
        assertThat(runWithBoom(new StackOverflowError(), "boom", DEFAULTS, "--lang", "zh"))
                .isEqualTo(ExitCodes.INTERNAL);

        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("内部错误").contains("（全部）");
        Matcher m = LOG.matcher(err.toString());
        assertThat(m.find()).isTrue();
        assertThat(Files.readString(Path.of(m.group(1)))).contains("StackOverflowError");
        Files.delete(Path.of(m.group(1)));
    }

    @Test
    void badInputIsTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{");
        assertThat(RollscopeCli.run(new PrintWriter(out), new PrintWriter(err), "check", bad.toString()))
                .isEqualTo(ExitCodes.INVALID);
    }

    /**
     * Issue 18: "went past 2147483 simulation events" reached the terminal naming no file. A limit the
     * engine reaches while a command runs (its estimate was too low) is bad input like any refusal: exit 2,
     * one line that starts with the file.
     */
    @Test
    void anEventLimitReachedWhileRunningIsBadInputNamingTheFile() {
        SimulationLimitException limit = new SimulationLimitException(
                "the scenario \"roll B\" went past 1000 simulation events; lower its traffic rate or raise the limit");

        assertThat(runWithBoom(limit, "boom", DEFAULTS)).isEqualTo(ExitCodes.INVALID);

        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).startsWith(DEFAULTS + ": the scenario \"roll B\" went past 1000 simulation events");
    }

    /** A command turns the refusals it expects into usage errors itself; one that escapes is a bug. */
    @Test
    void anUnexpectedRefusalIsAnInternalErrorNotBadInput() throws Exception {
        assertThat(runWithBoom(new IllegalArgumentException("scenario \"s\" sends no request"), "boom", DEFAULTS))
                .isEqualTo(ExitCodes.INTERNAL);
        Matcher m = LOG.matcher(err.toString());
        assertThat(m.find()).isTrue();
        Files.delete(Path.of(m.group(1)));
    }
}
