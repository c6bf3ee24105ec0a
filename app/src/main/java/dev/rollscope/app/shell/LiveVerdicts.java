package dev.rollscope.app.shell;

import dev.rollscope.app.simulation.ProjectRun;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.app.simulation.SimulationRuns;
import dev.rollscope.model.Project;
import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.Refused;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The verdicts and findings of the chosen scenario as the shell shows them: each run of the
 * {@link SimulationPipeline} (which simulates only when something a simulation depends on
 * changed, on its worker, newest revision first) as a {@link LiveAnalysis}. Errors of the model (a
 * simulation past its limits, a scenario the model refuses) arrive as {@link LiveAnalysis#error()},
 * never as an exception.
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
                run.error() == null ? null : reason(run.error()), run.millis());
    }

    /** Why a run failed, in any language; an exception without a message by its class's name. */
    private static Refusal reason(Throwable e) {
        return e instanceof Refused || e.getMessage() != null ? Refusal.of(e)
                : Refusal.verbatim(e.getClass().getSimpleName());
    }
}
