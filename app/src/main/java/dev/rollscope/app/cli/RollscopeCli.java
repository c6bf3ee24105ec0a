package dev.rollscope.app.cli;

import dev.rollscope.model.export.TextEscape;
import dev.rollscope.model.i18n.Refused;
import dev.rollscope.model.io.ProjectFileException;
import dev.rollscope.model.sim.SimulationFault;
import dev.rollscope.model.sim.SimulationLimitException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The headless command line: {@code rollscope COMMAND ...}. Each subcommand is a class of its own
 * in this package, listed in {@code subcommands} below. It inherits {@code --help}, {@code --version}
 * and the shared resource bundle {@code dev/rollscope/app/cli/messages} (English and Simplified
 * Chinese), where its texts live under keys qualified by the command name. A subcommand that reads
 * a file extends {@link ProjectCommand}.
 */
@Command(name = "rollscope", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, resourceBundle = "dev.rollscope.app.cli.messages",
        subcommands = {ValidateCommand.class, DescribeCommand.class, SimulateCommand.class, CheckCommand.class,
            SweepCommand.class, ExportCommand.class, ImportCommand.class, FixesCommand.class,
            CommandLine.HelpCommand.class})
public final class RollscopeCli implements Callable<Integer> {

    private static final String BUNDLE = "dev.rollscope.app.cli.messages";

    @Spec
    private CommandSpec spec;

    /** Without a subcommand: the usage on stderr, as for any other usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** Runs the command line with {@code System.out} and {@code System.err}; returns the exit code. */
    public static int run(String... args) {
        Charset cs = Charset.defaultCharset();
        return run(new PrintWriter(System.out, true, cs), new PrintWriter(System.err, true, cs), args);
    }

    /** Runs the command line writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new CommandLine(new RollscopeCli()), out, err, args);
    }

    /** Runs {@code cli} (the command line, perhaps with a test's extra subcommand) as {@link #run} does. */
    static int run(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
        cli.setResourceBundle(ResourceBundle.getBundle(BUNDLE, LanguageOption.requested(args)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println(e.getMessage() + " (" + c.getCommandSpec().qualifiedName() + " --help)");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ProjectFileException || e instanceof SimulationLimitException) {
                commandLine.getErr().println(TextEscape.line(Refused.message(e, LanguageOption.requested(args))));
                return ExitCodes.INVALID;
            }
            return internalError(e, commandLine, args);
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) {
            code = internalError(e, cli, args);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * A bug, never a finding: one line on stderr naming the file, the scenario and the log file that
     * holds the stack trace; exit code {@link ExitCodes#INTERNAL}.
     */
    private static int internalError(Throwable e, CommandLine cli, String... args) {
        String log = InternalErrorLog.writeOrSay(e, args);
        CommandLine ran = cli;
        while (ran.getParseResult() != null && ran.getParseResult().subcommand() != null) {
            ran = ran.getParseResult().subcommand().commandSpec().commandLine();
        }
        String file = ran.getCommand() instanceof ProjectCommand pc && pc.file() != null ? pc.file().toString() : "-";
        String scenario = scenarioOf(e);
        if (scenario == null && ran.getParseResult() != null) {
            scenario = ran.getParseResult().matchedOptionValue("--scenario", null);
        }
        ResourceBundle texts = cli.getResourceBundle();
        String where = scenario == null ? texts.getString("internal.everyScenario") : "\"" + scenario + "\"";
        cli.getErr().println(TextEscape.line(new MessageFormat(texts.getString("internal.error"), texts.getLocale())
                .format(new Object[] {file, where, log})));
        return ExitCodes.INTERNAL;
    }

    private static String scenarioOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SimulationFault f) {
                return f.scenario();
            }
        }
        return null;
    }
}
