package dev.rollscope.app.playback.sweep;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepPoint;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The sweep of the chosen scenario: for each of its requests, the outcome at every start offset
 * across its disruptions ({@link Sweep}), recomputed on {@code worker} whenever the project or the
 * chosen scenario changes; a result that arrives after a newer change is dropped. Offsets are
 * {@link #STEP} apart, or {@link #COARSE_STEP} when the rollout is too long for that.
 */
public final class SweepModel {

    public static final TimeSpan STEP = TimeSpan.ofSeconds(1);
    public static final TimeSpan COARSE_STEP = TimeSpan.ofSeconds(10);

    private final Document document;
    private final ObservableValue<String> scenario;
    private final PlaybackTexts texts;
    private final Executor worker;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<List<SweepResult>> results = new ReadOnlyObjectWrapper<>(this, "results",
            List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Scenario swept;
    private long generation;

    /** What one run swept: the scenario and a result per request. */
    private record Run(Scenario scenario, List<SweepResult> results) {
    }

    public SweepModel(Document document, ObservableValue<String> scenario, PlaybackTexts texts, Executor worker,
                      Executor fxThread) {
        this.document = document;
        this.scenario = scenario;
        this.texts = texts;
        this.worker = worker;
        this.fxThread = fxThread;
        document.projectProperty().addListener((obs, old, now) -> rerun());
        scenario.addListener((obs, old, now) -> rerun());
    }

    // Properties

    /** One result per request of the swept scenario, in its order; empty while there is none. */
    public ReadOnlyObjectProperty<List<SweepResult>> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    /** What the sweep is doing or why there is none; "" once results are shown. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // Commands

    /** Sweeps the current project's chosen scenario again. */
    public void rerun() {
        long mine = ++generation;
        Project project = document.project();
        Optional<Scenario> chosen = project.scenario(String.valueOf(scenario.getValue()));
        if (chosen.isEmpty() || chosen.get().disruptions().isEmpty() || chosen.get().requests().isEmpty()) {
            show(mine, new Run(null, List.of()), texts.get("sweep.nothing"));
            return;
        }
        status.set(texts.get("sweep.running"));
        Scenario s = chosen.get();
        CompletableFuture.supplyAsync(() -> new Run(s, sweepAll(project.topology(), s)), worker)
                .whenCompleteAsync((run, error) -> {
                    if (error == null) {
                        show(mine, run, "");
                    } else {
                        show(mine, new Run(null, List.of()), texts.problem(error));
                    }
                }, fxThread);
    }

    /** The scenario to play for one point of a result: the swept request at that offset. */
    public Scenario caseAt(SweepResult result, SweepPoint point) {
        return Sweep.caseAt(swept, result, point.offset());
    }

    private static List<SweepResult> sweepAll(Topology topology, Scenario s) {
        List<SweepResult> out = new ArrayList<>();
        for (RequestSpec r : s.requests()) {
            out.add(sweep(topology, s, r.id()));
        }
        return out;
    }

    private static SweepResult sweep(Topology topology, Scenario s, String requestId) {
        try {
            return Sweep.run(topology, s, requestId, STEP);
        } catch (IllegalArgumentException tooFine) {
            return Sweep.run(topology, s, requestId, COARSE_STEP);
        }
    }

    private void show(long mine, Run run, String message) {
        if (mine != generation) {
            return;
        }
        swept = run.scenario();
        results.set(List.copyOf(run.results()));
        status.set(message);
    }
}
