package dev.rollscope.bench;

import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.engine.HoldModel;
import dev.rollscope.model.topology.Topology;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH and prints their tables in Markdown, ratios first: the hold model
 * ({@link HoldModel}), the real workload ({@link RealWorkload}) and the danger search
 * ({@link DangerSearch}). Arguments: the sections to run ({@code hold}, {@code workload},
 * {@code search}); all of them when none is named. Run from the repository's root; command and
 * results: docs/benchmarks.md. For JMH's own options: {@code java -cp benchmarks.jar org.openjdk.jmh.Main -h}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<String> all = List.of("hold", "workload", "search");
        List<String> sections = args.length > 0 ? List.of(args) : all;
        if (!all.containsAll(sections)) {
            System.err.println("usage: java -jar bench/target/benchmarks.jar [hold] [workload] [search]");
            System.exit(2);
        }
        String machine = String.format(Locale.ROOT, "JDK %s, %d cores, load average %.2f at the start",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<String> tables = new ArrayList<>();
        for (String section : sections) {
            tables.add(switch (section) {
                case "hold" -> hold();
                case "workload" -> workload();
                case "search" -> search();
                default -> throw new AssertionError(section);
            });
        }
        System.out.println();
        System.out.println(machine + String.format(Locale.ROOT, ", %.2f at the end",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        tables.forEach(System.out::println);
    }

    /** The hold model at each N: how many times faster the engine's queue is than each other queue. */
    private static String hold() throws RunnerException {
        Map<Integer, Map<String, Result<?>>> byN = new TreeMap<>();
        for (RunResult r : run(HoldModel.class, false)) {
            BenchmarkParams p = r.getParams();
            String queue = p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.') + 1);
            byN.computeIfAbsent(Integer.parseInt(p.getParam("n")), n -> new TreeMap<>()).put(queue, r.getPrimaryResult());
        }
        StringBuilder t = new StringBuilder("""
                | pending events N | EventQueue vs PriorityQueue | EventQueue vs DSOL | EventQueue | PriorityQueue | DSOL RedBlackTree |
                |---|---|---|---|---|---|
                """);
        byN.forEach((n, q) -> {
            Result<?> engine = q.get("engineQueue");
            Result<?> pq = q.get("priorityQueue");
            Result<?> dsol = q.get("dsolRedBlackTree");
            t.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s |%n", n, ratio(pq, engine),
                    ratio(dsol, engine), ns(engine), ns(pq), ns(dsol)));
        });
        return t.append("(ratio: the other queue's time per hold over EventQueue's; above 1, EventQueue is faster)\n")
                .toString();
    }

    /** The real workload: events per second warm, bytes allocated per event, and cold runs in fresh JVMs. */
    private static String workload() throws RunnerException {
        SimulationResult once = RealWorkload.simulate();
        long events = once.eventCount();
        Result<?> warm = null;
        Result<?> bytes = null;
        Result<?> cold = null;
        for (RunResult r : run(RealWorkload.class, true)) {
            if (r.getParams().getBenchmark().endsWith(".warm")) {
                warm = r.getPrimaryResult();
                bytes = r.getSecondaryResults().entrySet().stream().filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
                        .map(Map.Entry::getValue).findFirst().orElseThrow();
            } else {
                cold = r.getPrimaryResult();
            }
        }
        return String.format(Locale.ROOT, """
                | events/s warm | bytes/event | cold (fresh JVM) median | requests | events | warm run | cold runs: fastest, median, slowest |
                |---|---|---|---|---|---|---|
                | %.2f M | %.1f | %,.0f ms | %,d | %,d | %,.0f ± %,.0f ms | %,.0f, %,.0f, %,.0f ms (%d JVMs) |
                (goals: ≥ 7 M events/s warm, < 1.2 s cold, ≤ 22 bytes/event)
                """, events / warm.getScore() / 1000, bytes.getScore() / events,
                cold.getStatistics().getPercentile(50), once.requests().size(), events, warm.getScore(),
                warm.getScoreError(), cold.getStatistics().getMin(), cold.getStatistics().getPercentile(50),
                cold.getStatistics().getMax(), cold.getStatistics().getN());
    }

    /** The danger search at each size of D: time per search, with the offsets and routes it walked. */
    private static String search() throws Exception {
        var project = ProjectFile.read(Path.of(DangerSearch.FILE));
        Scenario roll = project.scenarios().stream().filter(s -> s.name().equals("roll D")).findFirst().orElseThrow();
        StringBuilder t = new StringBuilder("""
                | pods of D | per search (warm) | offsets | routes walked | per route |
                |---|---|---|---|---|
                """);
        for (RunResult r : run(DangerSearch.class, false)) {
            int pods = Integer.parseInt(r.getParams().getParam("pods"));
            Topology topology = DangerSearch.withPodsOfD(project.topology(), pods);
            SweepResult once = Sweep.run(topology, roll, DangerSearch.REQUEST, DangerSearch.STEP);
            Result<?> ms = r.getPrimaryResult();
            t.append(String.format(Locale.ROOT, "| %d | %,.1f ± %,.1f ms | %,d | %,d | %.1f µs |%n", pods, ms.getScore(),
                    ms.getScoreError(), once.points().size(), once.routesWalked(),
                    ms.getScore() * 1000 / once.routesWalked()));
        }
        return t.toString();
    }

    private static Collection<RunResult> run(Class<?> benchmark, boolean allocations) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().include(Pattern.quote(benchmark.getName()) + "\\.");
        if (allocations) {
            options.addProfiler(GCProfiler.class);
        }
        return new Runner(options.build()).run();
    }

    private static String ratio(Result<?> other, Result<?> engine) {
        return String.format(Locale.ROOT, "**%.2f×**", other.getScore() / engine.getScore());
    }

    private static String ns(Result<?> r) {
        return String.format(Locale.ROOT, "%.1f ± %.1f ns", r.getScore(), r.getScoreError());
    }
}
