package dev.rollscope.app.playback.sweep;

import dev.rollscope.app.document.Subscriptions;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.app.simulation.SweepRun;
import dev.rollscope.model.analysis.plan.Found;
import dev.rollscope.model.analysis.sweep.PauseAssumption;
import dev.rollscope.model.analysis.sweep.RoutedOutcome;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepPoint;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.RouteChoices;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The sweep of the chosen scenario: for each of its requests, the outcome at every start offset
 * across its disruptions ({@link Sweep}), as the {@link SimulationPipeline} sweeps it for each
 * revision of the project ({@link SweepRun}). While the newest revision's sweep is under way the
 * last one stays shown and the status says so.
 */
public final class SweepModel {

    private final SimulationPipeline pipeline;
    private final PlaybackTexts texts;
    private final ReadOnlyObjectWrapper<List<SweepResult>> results = new ReadOnlyObjectWrapper<>(this, "results",
            List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Scenario swept;

    /** @param subscriptions where it listens to the pipeline (ended with the view it serves) */
    public SweepModel(SimulationPipeline pipeline, PlaybackTexts texts, Subscriptions subscriptions) {
        this.pipeline = pipeline;
        this.texts = texts;
        subscriptions.onChange(pipeline.revisionProperty(), (obs, old, now) -> update());
        subscriptions.onChange(pipeline.sweepProperty(), (obs, old, now) -> update());
        update();
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

    /** The scenario to play for one point of a result: the swept request at that offset. */
    public Scenario caseAt(SweepResult result, SweepPoint point) {
        return Sweep.caseAt(swept, result, point.offset());
    }

    /** The routing that walks one route of a point again in its {@link #caseAt case}. */
    public RouteChoices routeOf(SweepResult result, RoutedOutcome route) {
        return Sweep.routeOf(swept, result, route);
    }

    private void update() {
        SweepRun run = pipeline.sweep();
        if (run.revision() != pipeline.revision()) {
            status.set(texts.get("sweep.running"));
            return;
        }
        swept = run.scenario();
        results.set(run.results());
        status.set(run.error() != null ? texts.problem(run.error())
                : run.results().isEmpty() ? texts.get("sweep.nothing") : "");
    }

    /** The last line of one of the {@link #resultsProperty results}: {@link #closing(SweepResult, RequestSpec, PlaybackTexts)}. */
    Optional<String> closing(SweepResult r) {
        return closing(r, swept.request(r.requestId()).orElseThrow(), texts);
    }

    /**
     * The request's last line: that it survives every start offset, when the search was complete and
     * found nothing (for a GCS upload with the assumption that rests on, {@link PauseAssumption});
     * why it is not called safe, when the route walk was cut off with nothing failing.
     *
     * @param request the swept request, as the swept scenario has it
     */
    static Optional<String> closing(SweepResult r, RequestSpec request, PlaybackTexts texts) {
        if (r.safe()) {
            return Optional.of(texts.format("sweep.safe", r.requestId(), r.disruptionText(texts.locale()))
                    + PauseAssumption.of(request, texts.locale()).orElse(""));
        }
        Found found = Found.of(r);
        return found.unfinished() ? Optional.of(found.unfinishedText(texts.locale())) : Optional.empty();
    }
}
