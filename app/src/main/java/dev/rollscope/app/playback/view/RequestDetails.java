package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.PlaybackModel;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.timeline.TimelineModel;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected request on its own: what it is, its verdict (shown once the playhead has reached
 * its end, so the story is not told in advance), and its events up to the playhead.
 */
public final class RequestDetails extends VBox {

    private final PlaybackModel model;
    private final PlaybackTexts texts;
    private final Label title = new Label();
    private final Label verdict = new Label();
    private final ListView<String> events = new ListView<>();

    public RequestDetails(PlaybackModel model) {
        this.model = model;
        this.texts = model.texts();
        title.setId("request-title");
        title.setWrapText(true);
        verdict.setId("request-verdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        events.setId("request-events");
        getChildren().addAll(title, verdict, events);
        VBox.setVgrow(events, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        model.selectedRequestProperty().addListener((obs, old, now) -> refresh());
        model.answersHiddenProperty().addListener((obs, old, now) -> refresh());
        model.timelineProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.timeProperty().addListener((o, a, b) -> refresh());
            }
            refresh();
        });
        refresh();
    }

    private void refresh() {
        TimelineModel t = model.timeline();
        int r = model.selectedRequestProperty().get();
        if (t == null || r < 0) {
            title.setText(texts.get("details.none"));
            verdict.setText("");
            events.getItems().clear();
            return;
        }
        SimulationResult result = t.playhead().result();
        RequestSpec spec = result.requests().get(r);
        title.setText(texts.format("details.title", spec.id(), spec.method(), spec.body().toString(),
                texts.seconds(spec.start().millis())));
        verdict.setText(verdictText(result.outcomes().get(r), t.time()));
        EventTexts words = new EventTexts(result, texts);
        List<TraceEvent> shown = t.playhead().eventsOf(r, t.time());
        if (shown.size() != events.getItems().size()) {
            events.getItems().setAll(shown.stream().map(words::sentence).toList());
            events.scrollTo(events.getItems().size() - 1);
        }
    }

    private String verdictText(Outcome o, long now) {
        if (model.answersHiddenProperty().get()) {
            return texts.get("details.hidden");
        }
        if (now < o.end()) {
            return texts.get("details.inFlight");
        }
        if (o.ok()) {
            return texts.format("details.ok", o.statusText(), texts.seconds(o.end()));
        }
        Explanation x = texts.explain(o.failure());
        return texts.format("details.failed", o.statusText(), o.failure().hop(), x.summary(), x.inequality());
    }
}
