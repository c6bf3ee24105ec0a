package dev.rollscope.app.cli;

import dev.rollscope.model.io.ProjectFileException;
import dev.rollscope.model.sim.SimulationLimitException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
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
            SweepCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
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
        CommandLine cli = new CommandLine(new RollscopeCli());
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
                commandLine.getErr().println(e.getMessage());
                return ExitCodes.INVALID;
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
