package dev.rollscope.app.tools;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.inspector.InspectorModel;
import dev.rollscope.app.inspector.ItemModel;
import dev.rollscope.app.playback.Examples;
import dev.rollscope.app.playback.PlaybackModel;
import dev.rollscope.app.playback.PlaybackSession;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.sweep.SweepModel;
import dev.rollscope.app.shell.LiveVerdicts;
import dev.rollscope.app.simulation.CountingRuns;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.model.topology.Position;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a timed test: prints how often the app simulates abcd-defaults' "roll C" for one inspector
 * edit (typing 100MB into A's client_max_body_size, a check per keystroke, then Enter) and for
 * dragging hop A (one move per drop), with the verdicts, the playback and the sweep all shown.
 * Skipped unless {@code -Drollscope.measure=true}.
 */
@EnabledIfSystemProperty(named = "rollscope.measure", matches = "true")
class SimulationCountHarness {

    @Test
    void printSimulationsPerEditAndPerDrag() {
        Document document = new Document(Examples.project("abcd-defaults.json"));
        Editor editor = new Editor(document, Messages.of(Locale.ENGLISH));
        CountingRuns runs = new CountingRuns();
        SimulationPipeline pipeline = new SimulationPipeline(document, new SimpleStringProperty("roll C"),
                Runnable::run, Runnable::run, runs);
        PlaybackTexts texts = new PlaybackTexts(editor.messages());
        new LiveVerdicts(pipeline);
        new PlaybackSession(pipeline, new PlaybackModel(texts), editor.subscriptions());
        SweepModel sweep = new SweepModel(pipeline, texts, editor.subscriptions());
        InspectorModel inspector = new InspectorModel(editor);
        pipeline.rerun();
        int offsets = sweep.resultsProperty().get().stream().mapToInt(r -> r.points().size()).sum();

        document.select("A");
        ItemModel limit = inspector.item("proxy.clientMaxBodySize").orElseThrow();
        runs.reset();
        String typed = "100MB";
        for (int i = 1; i <= typed.length(); i++) {
            limit.check(typed.substring(0, i));
        }
        limit.apply(typed);
        System.out.println("inspector edit (5 keystrokes + Enter): " + runs);

        runs.reset();
        editor.placeHop("A", new Position(120, 60));
        System.out.println("one drag of a hop: " + runs);

        runs.reset();
        for (int i = 0; i < 10; i++) {
            editor.placeHop("A", new Position(130 + i, 60));
        }
        System.out.println("ten moves of a hop: " + runs);
        System.out.println("(each sweep is one request's sweep; this scenario's two sweeps cover " + offsets
                + " offsets)");
    }
}
