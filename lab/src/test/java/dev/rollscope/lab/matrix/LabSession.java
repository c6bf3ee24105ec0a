package dev.rollscope.lab.matrix;

import dev.rollscope.lab.nginx.NginxBinary;
import dev.rollscope.lab.proc.Reaper;
import dev.rollscope.lab.report.MarkdownReport;
import dev.rollscope.lab.report.ScenarioResult;
import dev.rollscope.lab.run.LabRun;
import dev.rollscope.lab.scale.TimeScale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The lab runs of one test JVM: every case played at scale 1/10 and the report
 * (lab/target/lab-report.md) rewritten after each, in matrix order, so a run stopped half-way
 * still leaves the cases it played.
 */
final class LabSession {

    /** Every duration and size is divided by this. */
    static final int FACTOR = 10;
    /**
     * Real and predicted end times may differ by this much (scaled ms): see lab/README.md, "Tolerance".
     */
    static final long TOLERANCE_MILLIS = 150;

    private static final Map<String, ScenarioResult> RESULTS = new ConcurrentHashMap<>();

    private LabSession() {
    }

    /** The cases named in -Dlab.cases (comma-separated), or all of them when it is not set. */
    static Object[] selected(List<LabCase> cases) {
        String names = System.getProperty("lab.cases", "");
        if (names.isBlank()) {
            return cases.toArray();
        }
        List<String> wanted = List.of(names.split(","));
        return cases.stream().filter(c -> wanted.contains(c.name())).toArray();
    }

    static ScenarioResult play(LabCase c) {
        Path work = Path.of(System.getProperty("lab.workDir", "target/lab"));
        ScenarioResult r;
        try {
            r = new LabRun(new TimeScale(FACTOR), work, TOLERANCE_MILLIS).play(c);
        } finally {
            Reaper.killAll();
        }
        RESULTS.put(c.name(), r);
        write();
        return r;
    }

    /**
     * nginx processes that did not run before and still run now, after up to 2 s for killed ones to
     * be reaped.
     */
    static Set<Long> leftSince(Set<Long> before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        Set<Long> left = new HashSet<>(Reaper.nginxProcesses());
        left.removeAll(before);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            left.retainAll(Reaper.nginxProcesses());
        }
        return left;
    }

    private static synchronized void write() {
        List<String> order = new ArrayList<>();
        LabMatrix.all().forEach(c -> order.add(c.name()));
        List<ScenarioResult> played = new ArrayList<>(RESULTS.values());
        played.sort(Comparator.comparingInt(r -> order.indexOf(r.name())));
        String md = MarkdownReport.render(new MarkdownReport.Setup(NginxBinary.version(), FACTOR, TOLERANCE_MILLIS),
                played);
        Path report = Path.of(System.getProperty("lab.report", "target/lab-report.md"));
        try {
            Files.writeString(report, md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
