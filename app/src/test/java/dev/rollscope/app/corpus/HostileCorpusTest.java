package dev.rollscope.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Issue 18's corpus test: every case of {@link HostileCorpus} through {@code validate},
 * {@code simulate} (text and JSON), {@code check}, {@code sweep} and every export (Mermaid, report
 * and animation), in-process.
 * It fails on any uncaught exception, stack trace, hang (a run over {@link #BOUND_MILLIS}), wrong
 * acceptance or refusal, and any refusal that is not one located line of at most 300 characters
 * without control characters. It prints the counts per category and per command and the time,
 * as recorded in docs/reliability.md.
 *
 * <p>{@code export animation} draws on the JavaFX thread, starting JavaFX itself when nothing has
 * ({@code HeadlessFx}). TestFX must start it first in this JVM: in headless mode TestFX puts a new
 * Monocle platform in place before it launches its toolkit, and a toolkit already running keeps the
 * old one, which TestFX's robot no longer reaches, so every click of every TestFX test run after the
 * corpus in the same JVM would be lost ({@link InProcessAnimationTest}).
 */
class HostileCorpusTest {

    static final long BOUND_MILLIS = 20_000;
    /** Cases run two at a time, one per core of the build machine. */
    private static final int THREADS = 2;
    private static final Path DIR = Path.of("target", "hostile-corpus");
    private static final Path EXAMPLES = Path.of("..", "examples");

    @BeforeAll
    static void letTestFxStartJavaFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyCommandHandlesEveryHostileInputCleanly() throws Exception {
        long start = System.nanoTime();
        List<CorpusCase> cases = HostileCorpus.write(DIR, EXAMPLES);
        Map<String, int[]> perCategory = new TreeMap<>();
        Map<String, int[]> perCommand = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long slowest = 0;
        String slowestRun = "";
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<CommandRun>>> runs = new ArrayList<>();
        for (CorpusCase c : cases) {
            runs.add(pool.submit(() -> commands(c).stream().map(args -> CommandRun.of(args, BOUND_MILLIS)).toList()));
        }
        pool.shutdown();
        for (int i = 0; i < cases.size(); i++) {
            CorpusCase c = cases.get(i);
            perCategory.computeIfAbsent(c.category() + " (" + c.expect() + ")", k -> new int[3])[2]++;
            for (CommandRun r : runs.get(i).get()) {
                List<String> p = RunVerdict.problems(c, r);
                boolean ok = RunVerdict.accepted(r);
                perCategory.computeIfAbsent(c.category() + " (" + c.expect() + ")", k -> new int[3])[ok ? 0 : 1]++;
                int[] counts = perCommand.computeIfAbsent(r.command(), k -> new int[4]);
                counts[ok ? 0 : 1]++;
                counts[3] += (int) r.millis();
                if (!p.isEmpty()) {
                    counts[2]++;
                    problems.add(c.file().getFileName() + " [" + c.category() + ", " + c.expect() + "] "
                            + String.join(" ", r.args().subList(0, Math.min(2, r.args().size()))) + ": " + p);
                }
                if (r.millis() > slowest) {
                    slowest = r.millis();
                    slowestRun = c.file().getFileName() + " " + r.command();
                }
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        StringBuilder report = new StringBuilder("Hostile corpus (seed " + HostileCorpus.SEED + "): " + cases.size()
                + " cases in " + seconds + " s; slowest run " + slowest + " ms (" + slowestRun + ")\n");
        report.append(String.format("%-44s %9s %9s %9s%n", "category (expected)", "cases", "accepted", "refused"));
        perCategory.forEach((k, v) -> report.append(String.format("%-44s %9d %9d %9d%n", k, v[2], v[0], v[1])));
        report.append("(accepted and refused count runs: a case times the commands run on it)\n");
        report.append(String.format("%-44s %9s %9s %9s %9s%n", "command", "accepted", "refused", "problems",
                "total ms"));
        perCommand.forEach((k, v) -> report.append(String.format("%-44s %9d %9d %9d %9d%n", k, v[0], v[1], v[2], v[3])));
        System.out.println(report);
        Files.write(DIR.resolveSibling("hostile-corpus-problems.txt"), problems);
        assertThat(problems).as(problems.size() + " problems; the first:\n"
                + String.join("\n", problems.subList(0, Math.min(40, problems.size())))).isEmpty();
    }

    /** The command lines for a case: all eight, naming a scenario and request the file really has. */
    private static List<List<String>> commands(CorpusCase c) {
        String f = c.file().toString();
        String scenario = "x";
        String request = "y";
        boolean sweepable = true;
        boolean exportable = true;
        try {
            Project p = ProjectFile.read(c.file());
            Scenario s = p.scenarios().stream().filter(x -> !x.requests().isEmpty()).findFirst()
                    .orElse(p.scenarios().isEmpty() ? null : p.scenarios().get(0));
            exportable = s != null;
            sweepable = s != null && !s.requests().isEmpty() && Sweep.disrupts(s);
            if (s != null) {
                scenario = s.name();
                request = sweepable ? s.requests().get(0).id() : request;
            }
        } catch (Exception | StackOverflowError e) {
            // refused (or worse): every command gets the placeholders, and must refuse the file first
        }
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("validate", f));
        out.add(List.of("simulate", f, "--step", "2s"));
        out.add(List.of("simulate", f, "--json", "--step", "2s"));
        out.add(List.of("check", f, "--step", "2s"));
        if (sweepable) {
            out.add(List.of("sweep", f, "--scenario", scenario, "--request", request, "--step", "1s"));
        }
        if (exportable) {
            out.add(List.of("export", "mermaid", f, "--scenario", scenario));
            out.add(List.of("export", "report", f, "--scenario", scenario));
            // the animation's first second, at its smallest size: the reader, the full trace and the stage's drawing
            out.add(List.of("export", "animation", f, "--scenario", scenario, "--to", "1", "--fps", "1", "--size",
                    "200x150", "-o", DIR.resolve(c.file().getFileName() + ".gif").toString()));
        }
        return out;
    }
}
