package dev.rollscope.model.bench;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints how long a sweep takes: {@code FILE SCENARIO REQUEST STEP [RUNS]}, by default the 50 MB
 * POST of examples/abcd-zero-downtime.json's "roll C" in steps of 100 ms (about 1,000 offsets),
 * 20 runs: the first (cold) run, then the median and the fastest of the others. Run: see docs/benchmarks.md.
 */
public final class SweepBenchmark {

    private SweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/abcd-zero-downtime.json");
        String scenarioName = args.length > 1 ? args[1] : "roll C";
        String request = args.length > 2 ? args[2] : "POST-50MB";
        TimeSpan step = TimeSpan.parse(args.length > 3 ? args[3] : "100ms");
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        Project p = ProjectFile.read(file);
        Scenario s = p.scenarios().stream().filter(x -> x.name().equals(scenarioName)).findFirst().orElseThrow();
        long[] micros = new long[runs];
        SweepResult r = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            r = Sweep.run(p.topology(), s, request, step);
            micros[i] = (System.nanoTime() - t0) / 1000;
        }
        long[] warm = Arrays.copyOfRange(micros, runs > 1 ? 1 : 0, runs);
        Arrays.sort(warm);
        System.out.printf("%s / %s / %s, step %s: %,d offsets (%s to %s), %d danger windows%n", file, scenarioName,
                request, step.toHuman(), r.points().size(), r.firstOffset(), r.lastOffset(), r.windows().size());
        String disruption = r.disruptionText(Locale.ENGLISH);
        r.windows().forEach(w -> System.out.println("  " + w.text(request, disruption, Locale.ENGLISH)));
        double median = warm[warm.length / 2] / 1000.0;
        System.out.printf("%d runs on %d cores: first (cold) %.1f ms; then median %.1f ms (%.1f µs per offset), "
                        + "fastest %.1f ms%n", runs, Runtime.getRuntime().availableProcessors(), micros[0] / 1000.0,
                median, median * 1000 / r.points().size(), warm[0] / 1000.0);
    }
}
