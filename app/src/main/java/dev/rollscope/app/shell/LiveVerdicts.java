package dev.rollscope.app.shell;

import dev.rollscope.app.simulation.ProjectRun;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.app.simulation.SimulationRuns;
import dev.rollscope.model.Project;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The verdicts and findings of the chosen scenario as the shell shows them: each run of the
 * {@link SimulationPipeline} (which simulates only when something a simulation depends on
 * changed, on its worker, newest revision first) as a {@link LiveAnalysis}. Errors of the model (a
 * simulation past its limits, a scenario the model refuses) arrive as {@link LiveAnalysis#error()},
 * one line, never as an exception.
 */
public final class LiveVerdicts {

    private final SimulationPipeline pipeline;
    private final ReadOnlyObjectWrapper<LiveAnalysis> latest = new ReadOnlyObjectWrapper<>(this, "latest",
            LiveAnalysis.none());

    public LiveVerdicts(SimulationPipeline pipeline) {
        this.pipeline = pipeline;
        pipeline.latestProperty().addListener((obs, old, now) -> latest.set(of(now)));
    }

    // Properties

    /** The newest delivered run. */
    public ReadOnlyObjectProperty<LiveAnalysis> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** True from a request until its run is delivered. */
    public ReadOnlyBooleanProperty runningProperty() {
        return pipeline.runningProperty();
    }

    // Commands

    /** Runs again now, whether or not anything changed. */
    public void rerun() {
        pipeline.rerun();
    }

    /** The simulation and the checks of one scenario, here and now; never throws. */
    static LiveAnalysis analyse(Project project, String name) {
        return of(SimulationPipeline.runNow(project, name, SimulationRuns.MODEL));
    }

    private static LiveAnalysis of(ProjectRun run) {
        return new LiveAnalysis(run.scenarioName(), run.result(), run.findings(),
                run.error() == null ? null : oneLine(run.error()), run.millis());
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("");
    }
}
