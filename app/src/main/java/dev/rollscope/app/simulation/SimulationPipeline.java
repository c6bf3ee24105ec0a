package dev.rollscope.app.simulation;

import dev.rollscope.app.document.Document;
import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.RouteChoices;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.Topology;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The one place the app simulates the document: each change of what a simulation depends on (the
 * topology without its layout, and the chosen scenario) is a new <em>revision</em>, simulated once on
 * {@code worker} into one immutable {@link ProjectRun} that the verdicts, the findings, the status
 * bar and the playback all show, then swept into one {@link SweepRun}. Moving a hop on the canvas, or
 * editing a scenario that is not chosen, is no new revision.
 *
 * <p>The newest revision wins: a run still queued when a newer revision is asked for does not start,
 * a sweep stops between two requests, and a result of an older revision that arrives after a newer
 * one was asked for is dropped, never shown. All properties change on {@code fxThread}.
 */
public final class SimulationPipeline {

    private final Document document;
    private final ObservableValue<String> scenario;
    private final Executor worker;
    private final Executor fxThread;
    private final SimulationRuns runs;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<ProjectRun> latest = new ReadOnlyObjectWrapper<>(this, "latest",
            ProjectRun.none());
    private final ReadOnlyObjectWrapper<SweepRun> sweep = new ReadOnlyObjectWrapper<>(this, "sweep",
            SweepRun.nothing(0));
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    /** The newest revision asked for; the worker reads it to skip stale work. */
    private volatile long requested;
    private Inputs last;
    private boolean closed;

    /** What a simulation depends on (the layout only places hops on the canvas): equal inputs give equal results. */
    private record Inputs(Topology topology, String scenarioName, Scenario scenario) {

        static Inputs of(Project p, String name) {
            Scenario s = name == null ? null : p.scenario(name).orElse(null);
            return new Inputs(p.topology().withLayout(Layout.EMPTY), name, s);
        }
    }

    /**
     * @param scenario the name of the chosen scenario
     * @param worker   runs the simulations, one at a time
     * @param fxThread delivers results to the FX thread ({@code Platform::runLater} in the window)
     */
    public SimulationPipeline(Document document, ObservableValue<String> scenario, Executor worker,
                              Executor fxThread) {
        this(document, scenario, worker, fxThread, SimulationRuns.MODEL);
    }

    /** @param runs does the model's work (a test counts it) */
    public SimulationPipeline(Document document, ObservableValue<String> scenario, Executor worker,
                              Executor fxThread, SimulationRuns runs) {
        this.document = document;
        this.scenario = scenario;
        this.worker = worker;
        this.fxThread = fxThread;
        this.runs = runs;
        document.projectProperty().addListener((obs, old, now) -> requestIfChanged());
        scenario.addListener((obs, old, now) -> requestIfChanged());
    }

    /** A worker thread that does not keep the application alive. */
    public static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rollscope-simulation");
            t.setDaemon(true);
            return t;
        });
    }

    // Properties

    /** The newest revision asked for; its run arrives in {@link #latestProperty()} later. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public long revision() {
        return revision.get();
    }

    /** The run of the newest revision delivered so far. */
    public ReadOnlyObjectProperty<ProjectRun> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public ProjectRun latest() {
        return latest.get();
    }

    /** The sweep of the newest revision swept so far (it comes after that revision's run). */
    public ReadOnlyObjectProperty<SweepRun> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    public SweepRun sweep() {
        return sweep.get();
    }

    /** True from a request until the run of the newest revision is delivered. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The name of the chosen scenario. */
    public String scenarioName() {
        return String.valueOf(scenario.getValue());
    }

    public Document document() {
        return document;
    }

    // Commands

    /** Simulates the current project again as a new revision, whether or not anything changed. */
    public void rerun() {
        request(Inputs.of(document.project(), scenario.getValue()));
    }

    /**
     * Simulates something that is not the document's revision (a case of the sweep, a lesson's
     * example) on the same worker, with the full trace, and hands the result or the error to
     * {@code done} on the FX thread.
     */
    public void simulateAside(Topology topology, Scenario s, BiConsumer<SimulationResult, Throwable> done) {
        simulateAside(topology, s, SimulationOptions.full(), done);
    }

    /** As {@link #simulateAside(Topology, Scenario, BiConsumer)}, recording what {@code options} ask (a sampled trace). */
    public void simulateAside(Topology topology, Scenario s, SimulationOptions options,
                              BiConsumer<SimulationResult, Throwable> done) {
        CompletableFuture.supplyAsync(() -> runs.simulate(topology, s, options), worker)
                .whenCompleteAsync(done, fxThread);
    }

    /** As {@link #simulateAside(Topology, Scenario, BiConsumer)}, with one request's routing chosen by {@code routes}. */
    public void simulateAside(Topology topology, Scenario s, RouteChoices routes,
                              BiConsumer<SimulationResult, Throwable> done) {
        CompletableFuture.supplyAsync(() -> Simulator.run(topology, s, SimulationOptions.full(), routes), worker)
                .whenCompleteAsync(done, fxThread);
    }

    /** The run of a project's scenario (none when it has no such scenario), on the calling thread. */
    public static ProjectRun runNow(Project project, String name, SimulationRuns runs) {
        Inputs inputs = Inputs.of(project, name);
        return ProjectRun.compute(0, project.topology(), name, inputs.scenario(), runs);
    }

    /** Stops the worker (when it is an {@link ExecutorService}); nothing is asked or delivered afterwards. */
    public void close() {
        closed = true;
        requested = Long.MAX_VALUE;
        if (worker instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }

    private void requestIfChanged() {
        Inputs now = Inputs.of(document.project(), scenario.getValue());
        if (!now.equals(last)) {
            request(now);
        }
    }

    private void request(Inputs inputs) {
        if (closed) {
            return;
        }
        last = inputs;
        long mine = requested + 1;
        requested = mine;
        running.set(true);
        revision.set(mine);
        if (!SweepRun.sweepable(inputs.scenario())) {
            sweep.set(SweepRun.nothing(mine));
        }
        worker.execute(() -> work(mine, inputs));
    }

    /** On the worker: the run, then the sweep, each delivered unless a newer revision was asked for. */
    private void work(long mine, Inputs inputs) {
        Topology topology = inputs.topology();
        if (stale(mine)) {
            return;
        }
        ProjectRun run;
        try {
            run = ProjectRun.compute(mine, topology, inputs.scenarioName(), inputs.scenario(), runs);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError bug) {
            run = new ProjectRun(mine, inputs.scenarioName(), inputs.scenario(), null, List.of(), bug, bug, 0);
        }
        ProjectRun done = run;
        fxThread.execute(() -> deliver(done));
        if (!SweepRun.sweepable(inputs.scenario()) || stale(mine)) {
            return;
        }
        SweepRun swept;
        try {
            swept = SweepRun.compute(mine, topology, inputs.scenario(), runs, this::stale);
        } catch (StackOverflowError | OutOfMemoryError bug) {
            swept = new SweepRun(mine, null, List.of(), bug);
        }
        if (swept != null) {
            SweepRun sweptDone = swept;
            fxThread.execute(() -> deliver(sweptDone));
        }
    }

    private boolean stale(long mine) {
        return mine != requested;
    }

    private void deliver(ProjectRun run) {
        if (stale(run.revision())) {
            return;
        }
        latest.set(run);
        running.set(false);
    }

    private void deliver(SweepRun run) {
        if (stale(run.revision())) {
            return;
        }
        sweep.set(run);
    }
}
