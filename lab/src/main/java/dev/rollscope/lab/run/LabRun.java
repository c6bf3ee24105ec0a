package dev.rollscope.lab.run;

import dev.rollscope.lab.app.AppServer;
import dev.rollscope.lab.client.HttpDriver;
import dev.rollscope.lab.client.RealOutcome;
import dev.rollscope.lab.client.TusClient;
import dev.rollscope.lab.matrix.LabCase;
import dev.rollscope.lab.proc.LabException;
import dev.rollscope.lab.report.Comparison;
import dev.rollscope.lab.report.ScenarioResult;
import dev.rollscope.lab.report.UploadAttempts;
import dev.rollscope.lab.scale.TimeScale;
import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Plays one matrix case for real: scales it, lets the engine predict it, materialises the
 * topology, rolls it, sends every request with a real client, and compares request by request.
 * Every process and socket is closed when it returns, whatever happened.
 */
public final class LabRun {

    /** A client waits this long (real ms) for any byte before it reports a timeout. */
    private static final long CLIENT_TIMEOUT = 30_000;
    private static boolean warm;

    private final TimeScale scale;
    private final Path workRoot;
    private final long tolerance;

    public LabRun(TimeScale scale, Path workRoot, long toleranceMillis) {
        this.scale = scale;
        this.workRoot = workRoot;
        this.tolerance = toleranceMillis;
    }

    public ScenarioResult play(LabCase c) {
        warmUp();
        long wall = System.nanoTime();
        TimeScale.Scaled s = scale.apply(c.topology(), c.scenario());
        SimulationResult plan = Simulator.run(s.topology(), s.scenario());
        Path dir = workRoot.resolve(c.name());
        clean(dir);
        List<Real> real;
        LabClock clock = null;
        try (LabChain chain = LabChain.materialise(s.topology(), dir, instancesByHop(plan))) {
            Roller roller = new Roller(chain, plan);
            try {
                roller.startInitial();
                clock = new LabClock();
                chain.log(clock::note);
                roller.scheduleRollout(clock);
                real = drive(plan, chain.entryPort(), clock);
            } finally {
                roller.close();
                if (clock != null) {
                    clock.close();
                }
            }
        }
        List<Comparison> rows = compare(plan, real);
        return new ScenarioResult(c.name(), c.teaches(), c.knownIssue(), s.clamped(), rows, clock.journal(),
                clock.problems(), relative(dir), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - wall));
    }

    /**
     * One request to a throwaway application before the first scenario, so class loading and JIT
     * of the client and server paths do not delay the first real request (it cost 50-130 ms).
     */
    private static synchronized void warmUp() {
        if (warm) {
            return;
        }
        try (AppServer s = new AppServer("warm-up", 1000)) {
            HttpDriver d = new HttpDriver(s.port(), () -> 0, 5000);
            for (int i = 0; i < 20; i++) {
                d.send(new HttpDriver.Call("warm-up", "POST", 100_000, 1_000_000_000L, 0, 10_000));
            }
        }
        warm = true;
    }

    /** What the lab's client saw of one request: one outcome, or a resumable upload's attempts. */
    private record Real(RealOutcome outcome, List<TusClient.Attempt> attempts) {
    }

    private List<Real> drive(SimulationResult plan, int entry, LabClock clock) {
        HttpDriver driver = new HttpDriver(entry, clock::now, CLIENT_TIMEOUT);
        TusClient tus = new TusClient(driver);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "lab-request");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CompletableFuture<Real>> futures = new ArrayList<>();
            for (RequestSpec r : plan.requests()) {
                CompletableFuture<Real> f = new CompletableFuture<>();
                HttpDriver.Call call = call(plan.topology(), r);
                Runnable send = r.resumable() == null ? () -> f.complete(new Real(driver.send(call), null))
                        : () -> f.complete(new Real(null, upload(tus, call, r)));
                clock.at(r.start().millis(), "request " + r.id() + " sent", () -> pool.execute(send));
                futures.add(f);
            }
            List<Real> out = new ArrayList<>();
            for (CompletableFuture<Real> f : futures) {
                out.add(f.get(plan.endTime() + 2 * CLIENT_TIMEOUT, TimeUnit.MILLISECONDS));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("requests did not finish: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A resumable upload (domain.md §13) by the lab's tus client; the lab drives no GCS-style upload. */
    private static List<TusClient.Attempt> upload(TusClient tus, HttpDriver.Call call, RequestSpec r) {
        ResumableUpload u = r.resumable();
        if (u.protocol() != ResumableUpload.Protocol.TUS) {
            throw new LabException("request " + r.id() + " is a " + u.protocol() + " upload: the lab drives tus only");
        }
        try {
            return tus.send(new TusClient.Upload(r.id(), call.bodyBytes(), u.chunkBytes(),
                    u.delays().stream().map(TimeSpan::millis).toList(), u.store() == ResumableUpload.Storage.SHARED,
                    call.uploadBps(), call.processingMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("upload " + r.id() + " interrupted", e);
        }
    }

    private static Map<Integer, List<String>> instancesByHop(SimulationResult plan) {
        Map<Integer, List<String>> byHop = new HashMap<>();
        for (InstanceInfo i : plan.instances()) {
            byHop.computeIfAbsent(i.hop(), h -> new ArrayList<>()).add(i.id());
        }
        return byHop;
    }

    /** Removes a previous run's files, so the logs under dir are this run's evidence only. */
    private static void clean(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new LabException("cannot clear the work directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String relative(Path dir) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = dir.toAbsolutePath();
        return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
    }

    private static HttpDriver.Call call(Topology t, RequestSpec r) {
        Hop app = t.hops().get(t.hops().size() - 1);
        long processing = (r.processing() != null ? r.processing() : app.get(LifecycleSettings.PROCESSING_TIME)).millis();
        long upload = (r.upload() != null ? r.upload() : t.client().upload()).bitsPerSecond();
        ClientBehaviour.Pause pause = r.client().uploadPause();
        return new HttpDriver.Call(r.id(), r.method(), r.body().bytes(), upload, processing, r.response().bytes(),
                pause == null ? -1 : pause.at().bytes(), pause == null ? 0 : pause.length().millis(),
                r.client().id() != null ? r.client().id() : r.id());
    }

    private List<Comparison> compare(SimulationResult plan, List<Real> real) {
        List<Hop> hops = plan.topology().hops();
        String app = hops.get(hops.size() - 1).id();
        List<Comparison> rows = new ArrayList<>();
        for (int i = 0; i < real.size(); i++) {
            Real r = real.get(i);
            if (r.attempts() != null) {
                rows.addAll(UploadAttempts.compare(plan, i, app, r.attempts(), tolerance));
            } else {
                rows.add(Comparison.of(plan.requests().get(i).method(), plan.outcomes().get(i), app, r.outcome(),
                        tolerance));
            }
        }
        return rows;
    }
}
