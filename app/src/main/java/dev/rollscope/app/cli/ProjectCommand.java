package dev.rollscope.app.cli;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.TextEscape;
import dev.rollscope.model.i18n.Counted;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.io.ProjectFileException;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.WorkEstimate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A subcommand that reads one Rollscope file, {@code FILE}, and reports on it. A subclass adds its
 * own options and implements {@link #run}; a file that cannot be read, or with a scenario whose
 * {@link WorkEstimate} is over the limits, never reaches it: the command line prints the file's
 * one-line error and exits with {@link ExitCodes#INVALID}. So does a run that goes past the limits.
 */
abstract class ProjectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    @Override
    public final Integer call() throws ProjectFileException {
        Project project = ProjectFile.read(file);
        try {
            project.scenarios().forEach(s -> WorkEstimate.check(project.topology(), s, SimulationOptions.outcomesOnly()));
            return run(project, spec.commandLine().getOut());
        } catch (SimulationLimitException e) {
            throw new ProjectFileException(file.toString(), e.refusal());
        }
    }

    /** Reports on the project read from {@link #file()}; returns the exit code. */
    protected abstract int run(Project project, PrintWriter out);

    protected Path file() {
        return file;
    }

    /**
     * The resource bundle's pattern for {@code key}, formatted by {@link Counted} (a count may come
     * as text); every text argument (a name from the file) printed with its control characters
     * escaped ({@link TextEscape}).
     */
    protected String text(String key, Object... args) {
        Object[] safe = args.clone();
        for (int i = 0; i < safe.length; i++) {
            if (safe[i] instanceof CharSequence cs) {
                safe[i] = TextEscape.line(cs.toString());
            }
        }
        return Counted.format(spec.resourceBundle().getString(key), spec.resourceBundle().getLocale(), safe);
    }
}
