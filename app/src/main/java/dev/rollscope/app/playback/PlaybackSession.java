package dev.rollscope.app.playback;

import dev.rollscope.app.document.Document;
import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.Scenario;
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
    private final ReadOnlyStringWrapper caseNote = new ReadOnlyStringWrapper(this, "case", "");
    private long generation;
    private long fresh = -1;

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

    /** The name of the chosen scenario (the one a sweep case returns to). */
    public String scenarioName() {
        return String.valueOf(scenario.getValue());
    }

    /** Why the last simulation could not be played, or "" when it could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What is played instead of the chosen scenario (a case of the sweep), or "" when it is that scenario. */
    public ReadOnlyStringProperty caseProperty() {
        return caseNote.getReadOnlyProperty();
    }

    /**
     * Another file was opened: its simulation (under way, or already shown) is shown from its start
     * with nothing selected, rather than at the time the last file was shown at.
     */
    public void startOver() {
        fresh = generation;
        model.startOver();
    }

    /** Simulates the current project and scenario again. */
    public void rerun() {
        Project project = document.project();
        Optional<Scenario> chosen = project.scenario(String.valueOf(scenario.getValue()));
        if (chosen.isEmpty()) {
            ++generation;
            problem.set(model.texts().get("session.noScenario"));
            return;
        }
        simulate(project, chosen.get(), "", null);
    }

    /**
     * Plays a scenario that is not in the project (a case of the sweep) on the current topology,
     * until the project or the chosen scenario changes.
     *
     * @param note    what the case is, in words, shown while it plays
     * @param request the id of the request to select once it is loaded
     */
    public void playCase(Scenario s, String note, String request) {
        simulate(document.project(), s, note, request);
    }

    /**
     * Plays a scenario of another project (a lesson's example) until the project or the chosen
     * scenario changes, or {@link #rerun()}.
     */
    public void playProject(Project project, Scenario s, String note) {
        simulate(project, s, note, null);
    }

    private void simulate(Project project, Scenario s, String note, String request) {
        long mine = ++generation;
        CompletableFuture.supplyAsync(() -> Simulator.run(project.topology(), s), worker)
                .whenCompleteAsync((result, error) -> {
                    deliver(mine, result, error, note);
                    if (error == null && mine == generation && request != null) {
                        model.selectedRequestProperty().set(indexOf(result, request));
                    }
                }, fxThread);
    }

    private static int indexOf(SimulationResult result, String request) {
        for (int r = 0; r < result.requests().size(); r++) {
            if (result.requests().get(r).id().equals(request)) {
                return r;
            }
        }
        return -1;
    }

    private void deliver(long mine, SimulationResult result, Throwable error, String note) {
        if (mine != generation) {
            return;
        }
        caseNote.set(error == null ? note : "");
        if (error != null) {
            problem.set(model.texts().problem(error));
            return;
        }
        problem.set("");
        model.load(result, mine <= fresh);
    }
}
