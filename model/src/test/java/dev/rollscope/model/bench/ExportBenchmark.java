package dev.rollscope.model.bench;

import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.report.MarkdownReport;
import dev.rollscope.model.export.story.RolloutTimeline;
import dev.rollscope.model.export.story.ScenarioDiagram;
import dev.rollscope.model.export.story.ThousandRequests;
import dev.rollscope.model.sim.SimulationResult;
import java.util.function.Supplier;

/**
 * Prints how long exporting a scenario of 1,000 requests takes (the seed chain at defaults while D
 * rolls, or the scenario named by the second argument) and how long the exports are: the scenario
 * diagram (must stay under 50 ms and 50,000 characters), the rollout timeline and the Markdown report. The simulation is not timed. The
 * command that runs it is in docs/exports.md (section Speed).
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        SimulationResult r = ThousandRequests.simulate(args.length > 1 ? args[1] : "roll D");
        ExportOptions o = ExportOptions.defaults();
        System.out.printf("%,d requests, %,d failed, %,d trace events%n", r.requests().size(), r.failedCount(),
                r.trace().size());
        time("scenario diagram", runs, () -> ScenarioDiagram.of(r, o));
        time("rollout timeline", runs, () -> RolloutTimeline.of(r, o));
        time("markdown report", runs, () -> MarkdownReport.of(r, o));
    }

    private static void time(String what, int runs, Supplier<String> export) {
        long first = -1;
        long best = Long.MAX_VALUE;
        long total = 0;
        int chars = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            chars = export.get().length();
            long nanos = System.nanoTime() - t0;
            first = first < 0 ? nanos : first;
            best = Math.min(best, nanos);
            total += nanos;
        }
        System.out.printf("%s: %,d characters; first run %.1f ms (cold JVM), best %.1f ms, mean %.1f ms over %d runs%n",
                what, chars, first / 1e6, best / 1e6, total / 1e6 / runs, runs);
    }
}
