package dev.rollscope.app.shell;

import dev.rollscope.app.document.Document;
import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.analysis.Finding;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Simulator;
import dev.rollscope.model.topology.Layout;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Re-runs the simulation ({@link SimulationOptions#outcomesOnly()}) and the static checks of the
 * chosen scenario after every change of the project that can change them (moving a hop on the
 * canvas cannot), on a worker thread. Only the newest run is delivered: a run still queued when a
 * newer one is asked for is cancelled, one already running finishes and is ignored. Errors of the
 * model (a simulation past its limits, a scenario the model refuses) arrive as
 * {@link LiveAnalysis#error()}, never as an exception.
 */
public final class LiveVerdicts {

    private final Document document;
    private final ReadOnlyStringProperty scenario;
    private final ExecutorService worker;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<LiveAnalysis> latest = new ReadOnlyObjectWrapper<>(this, "latest",
            LiveAnalysis.none());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private long requested;
    private Project lastProject;
    private String lastScenario;
    private Future<?> pending;

    /**
     * @param worker   runs the simulations, one at a time
     * @param fxThread delivers results to the FX thread ({@code Platform::runLater} in the window)
     */
    public LiveVerdicts(Document document, ReadOnlyStringProperty scenario, ExecutorService worker,
                        Executor fxThread) {
        this.document = document;
        this.scenario = scenario;
        this.worker = worker;
        this.fxThread = fxThread;
        document.projectProperty().addListener((obs, old, now) -> requestIfChanged());
        scenario.addListener((obs, old, now) -> requestIfChanged());
    }

    /** A worker thread that does not keep the application alive. */
    public static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rollscope-verdicts");
            t.setDaemon(true);
            return t;
        });
    }

    // Properties

    /** The newest delivered run. */
    public ReadOnlyObjectProperty<LiveAnalysis> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** True from a request until its run is delivered. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    // Commands

    /** Runs again now, whether or not anything changed. */
    public void rerun() {
        request(document.project(), scenario.get());
    }

    /** Stops the worker; nothing is delivered afterwards. */
    public void close() {
        requested = Long.MAX_VALUE;
        worker.shutdownNow();
    }

    private void requestIfChanged() {
        Project project = document.project();
        String name = scenario.get();
        if (Objects.equals(name, lastScenario) && lastProject != null
                && semantics(project).equals(semantics(lastProject))) {
            return;
        }
        request(project, name);
    }

    private void request(Project project, String name) {
        lastProject = project;
        lastScenario = name;
        long ticket = ++requested;
        running.set(true);
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.submit(() -> {
            LiveAnalysis result = analyse(project, name);
            fxThread.execute(() -> deliver(ticket, result));
        });
    }

    private void deliver(long ticket, LiveAnalysis result) {
        if (ticket == requested) {
            latest.set(result);
            running.set(false);
        }
    }

    /** The simulation and the checks of one scenario; never throws. */
    static LiveAnalysis analyse(Project project, String name) {
        Scenario s = name == null ? null : project.scenario(name).orElse(null);
        if (s == null) {
            return LiveAnalysis.none();
        }
        long start = System.nanoTime();
        List<Finding> findings = List.of();
        SimulationResult result = null;
        String error = null;
        try {
            findings = Checks.run(project.topology(), s);
        } catch (RuntimeException e) {
            error = oneLine(e);
        }
        try {
            result = Simulator.run(project.topology(), s, SimulationOptions.outcomesOnly());
        } catch (RuntimeException e) {
            error = oneLine(e);
        }
        return new LiveAnalysis(name, result, findings, error, elapsed(start));
    }

    private static String oneLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("");
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static Project semantics(Project p) {
        return p.withTopology(p.topology().withLayout(Layout.EMPTY));
    }
}
