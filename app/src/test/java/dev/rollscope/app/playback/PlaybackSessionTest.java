package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Subscriptions;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.app.simulation.TraceRefusingRuns;
import dev.rollscope.model.sim.SimulationResult;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/**
 * Opening another file while abcd-defaults' "roll C" is shown at 52 s with a request selected: the
 * new file's simulation (abcd-zero-downtime's "roll C") is shown from 0 with nothing selected,
 * whether it arrives after the file is opened or before; a later edit keeps the time again.
 */
class PlaybackSessionTest {

    private final Queue<Runnable> pending = new ArrayDeque<>();
    private final Executor worker = pending::add;
    private final PlaybackModel model = new PlaybackModel(new PlaybackTexts(Messages.of(Locale.ENGLISH)));
    private final Document document = new Document(Examples.project("abcd-defaults.json"));
    private final SimulationPipeline pipeline = new SimulationPipeline(document, new SimpleStringProperty("roll C"),
            worker, Runnable::run);
    private final PlaybackSession session = new PlaybackSession(pipeline, model, new Subscriptions());

    private void runPending() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    private void showFirstFileAt52s() {
        pipeline.rerun();
        runPending();
        model.timeline().seek(52_000);
        model.selectedRequestProperty().set(1);
    }

    @Test
    void aFileOpenedWhileItsSimulationRunsIsShownFromTheStart() {
        showFirstFileAt52s();

        document.open(Examples.project("abcd-zero-downtime.json"));
        session.startOver();
        runPending();

        // the last thing that acts: C.1's grace period, 30 s after its removal at 60 s (kubelet's SIGKILL timer)
        assertThat(model.timeline().endTime()).isEqualTo(90_000);
        assertThat(model.timeline().time()).isZero();
        assertThat(model.selectedRequestProperty().get()).isEqualTo(-1);
    }

    @Test
    void aFileWhoseSimulationArrivedFirstIsRewoundAndALaterEditKeepsTheTime() {
        showFirstFileAt52s();
        document.open(Examples.project("abcd-zero-downtime.json"));
        runPending();
        assertThat(model.timeline().time()).isEqualTo(52_000);

        session.startOver();
        assertThat(model.timeline().time()).isZero();
        model.timeline().seek(30_000);
        session.rerun();
        runPending();

        assertThat(model.timeline().time()).isEqualTo(30_000);
    }

    /**
     * A run whose full trace did not fit plays nothing and offers a sampled trace with the full
     * trace's estimate (abcd-defaults' "roll C": 2 requests × (4 hops × 2 + 2) + 20 × C's 2 pods = 60
     * events); chosen, one request in ten is played and said to be sampled, an untraced request can be
     * selected and played through, and the choice holds for that revision, not the next.
     */
    @Test
    void aTraceThatDoesNotFitIsOfferedSampledAndPlayedOnlyWhenChosen() {
        SimulationPipeline small = new SimulationPipeline(document, new SimpleStringProperty("roll C"), worker,
                Runnable::run, new TraceRefusingRuns(10));
        PlaybackSession sampled = new PlaybackSession(small, model, new Subscriptions());

        small.rerun();
        runPending();

        assertThat(sampled.offerProperty().get()).startsWith("This scenario's full trace would take about 60 events")
                .contains("1 request in 10");
        assertThat(model.timeline()).isNull();

        sampled.playSampled();
        assertThat(sampled.problemProperty().get()).isEqualTo("Simulating the trace of 1 request in 10…");
        assertThat(model.timeline()).isNull();
        runPending();

        assertThat(sampled.offerProperty().get()).isEmpty();
        SimulationResult played = model.timeline().playhead().result();
        assertThat(played.trace().every()).isEqualTo(10);
        assertThat(sampled.problemProperty().get()).contains("playing the trace of 1 request in 10 (by arrival)")
                .contains("The verdicts count every request.");
        model.selectedRequestProperty().set(1);
        model.timeline().seek(60_000);
        assertThat(model.timeline().time()).isEqualTo(60_000);

        sampled.rerun(); // the same revision shown again, as after a sweep case: played at once, nothing simulated
        assertThat(pending).isEmpty();
        assertThat(model.timeline().playhead().result()).isSameAs(played);
        assertThat(sampled.offerProperty().get()).isEmpty();

        small.rerun(); // a new revision asks again
        runPending();
        assertThat(sampled.offerProperty().get()).contains("1 request in 10");
        assertThat(model.timeline()).isNull();
    }
}
