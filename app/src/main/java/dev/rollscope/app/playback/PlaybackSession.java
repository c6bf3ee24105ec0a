package dev.rollscope.app.playback;

import dev.rollscope.app.document.Document;
import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Simulator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Keeps the playback on the document's current project and chosen scenario: each change of
 * either runs the simulation on {@code worker} and loads the result into the {@link PlaybackModel}
 * on {@code fxThread}; a result that arrives after a newer request is dropped. A scenario the
 * engine refuses leaves the last playback and says why in {@link #problemProperty()}.
 */
public final class PlaybackSession {

    private final Document document;
    private final ObservableValue<String> scenario;
    private final PlaybackModel model;
    private final Executor worker;
    private final Executor fxThread;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private long generation;

    public PlaybackSession(Document document, ObservableValue<String> scenario, PlaybackModel model, Executor worker,
                           Executor fxThread) {
        this.document = document;
        this.scenario = scenario;
        this.model = model;
        this.worker = worker;
        this.fxThread = fxThread;
        document.projectProperty().addListener((obs, old, now) -> rerun());
        scenario.addListener((obs, old, now) -> rerun());
    }

    /** Why the last simulation could not be played, or "" when it could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Simulates the current project and scenario again. */
    public void rerun() {
        long mine = ++generation;
        Project project = document.project();
        Optional<Scenario> chosen = project.scenario(String.valueOf(scenario.getValue()));
        if (chosen.isEmpty()) {
            problem.set(model.texts().get("session.noScenario"));
            return;
        }
        CompletableFuture.supplyAsync(() -> Simulator.run(project.topology(), chosen.get()), worker)
                .whenCompleteAsync((result, error) -> deliver(mine, result, error), fxThread);
    }

    private void deliver(long mine, SimulationResult result, Throwable error) {
        if (mine != generation) {
            return;
        }
        if (error != null) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            boolean known = cause instanceof SimulationLimitException || cause instanceof IllegalArgumentException;
            problem.set(known ? cause.getMessage() : model.texts().format("session.failed", cause));
            return;
        }
        problem.set("");
        model.load(result);
    }
}
