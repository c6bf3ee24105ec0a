package dev.rollscope.model.bench;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Prints how long the danger search takes (every start offset 100 ms apart, every route at the
 * disrupted hop): the 50 MB POST of examples/abcd-zero-downtime.json's "roll D", with D at 1, 3, 10
 * and 30 pods, 15 runs each (the first cold, then the median and fastest of the rest), and the
 * paths walked. Then the same for the whole safety search of that scenario (both request types and
 * their plans). Command: docs/benchmarks.md.
 */
public final class DangerSearchBenchmark {

    private static final TimeSpan STEP = TimeSpan.ofMillis(100);
    private static final int RUNS = 15;

    private DangerSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Project p = ProjectFile.read(Path.of(args.length > 0 ? args[0] : "examples/abcd-zero-downtime.json"));
        Scenario s = p.scenarios().stream().filter(x -> x.name().equals("roll D")).findFirst().orElseThrow();
        System.out.printf("%d cores; danger search of POST-50MB across roll D, steps of 100 ms%n",
                Runtime.getRuntime().availableProcessors());
        System.out.println("| pods of D | offsets | routes walked | first (cold) | median warm | fastest | windows |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int pods : new int[] {1, 3, 10, 30}) {
            int d = p.topology().indexOf("D");
            Topology t = p.topology().withHop(d, p.topology().hops().get(d).withReplicas(pods));
            long[] micros = new long[RUNS];
            SweepResult r = null;
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                r = Sweep.run(t, s, "POST-50MB", STEP);
                micros[i] = (System.nanoTime() - t0) / 1000;
            }
            long[] warm = Arrays.copyOfRange(micros, 1, RUNS);
            Arrays.sort(warm);
            System.out.printf("| %d | %,d | %,d | %.1f ms | %.1f ms | %.1f ms | %d |%n", pods, r.points().size(),
                    r.routesWalked(), micros[0] / 1000.0, warm[warm.length / 2] / 1000.0, warm[0] / 1000.0,
                    r.windows().size());
        }
    }
}
