package dev.rollscope.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.document.ProjectCommand;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.Examples;
import dev.rollscope.app.playback.PlaybackModel;
import dev.rollscope.app.playback.PlaybackSession;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.sweep.SweepModel;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.topology.Position;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on abcd-defaults' "roll C" (C rolls at 40 s; requests POST-50MB and GET). A refuses
 * the 50 MB POST with 413 under its 1 MB client_max_body_size; raising the limit to 100 MB lets it
 * through A. The worker and the FX thread are queues the test runs in the order it chooses.
 */
class SimulationPipelineTest {

    private final List<Runnable> workerQueue = new ArrayList<>();
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final CountingRuns runs = new CountingRuns();
    private final Document document = new Document(Examples.project("abcd-defaults.json"));
    private final Editor editor = new Editor(document, Messages.of(Locale.ENGLISH));
    private final SimpleStringProperty scenario = new SimpleStringProperty("roll C");
    private final SimulationPipeline pipeline = new SimulationPipeline(document, scenario, workerQueue::add,
            fxQueue::add, runs);

    @Test
    void aRevisionIsSimulatedOnceCheckedOnceAndSweptOncePerRequest() {
        pipeline.rerun();
        runAll();

        assertThat(runs.simulations).isEqualTo(1);
        assertThat(runs.checks).isEqualTo(1);
        assertThat(runs.sweeps).isEqualTo(2);
        ProjectRun run = pipeline.latest();
        assertThat(run.revision()).isEqualTo(1);
        assertThat(run.playable()).isTrue();
        assertThat(run.result().outcome("POST-50MB").status()).isEqualTo(413);
        assertThat(pipeline.sweep().revision()).isEqualTo(1);
        assertThat(pipeline.sweep().results()).hasSize(2);
        assertThat(pipeline.runningProperty().get()).isFalse();
    }

    @Test
    void thePlaybackAndTheSweepShowTheRunsOfThePipeline() {
        PlaybackTexts texts = new PlaybackTexts(Messages.of(Locale.ENGLISH));
        PlaybackModel playback = new PlaybackModel(texts);
        new PlaybackSession(pipeline, playback, editor.subscriptions());
        SweepModel sweep = new SweepModel(pipeline, texts, editor.subscriptions());

        pipeline.rerun();
        runAll();

        assertThat(runs.simulations).isEqualTo(1);
        assertThat(playback.timeline().playhead().result()).isSameAs(pipeline.latest().result());
        assertThat(sweep.resultsProperty().get()).isEqualTo(pipeline.sweep().results()).hasSize(2);
    }

    @Test
    void draggingAHopDoesNotSimulate() {
        pipeline.rerun();
        runAll();
        ProjectRun before = pipeline.latest();
        runs.reset();

        for (int x = 100; x <= 300; x += 50) {
            editor.placeHop("A", new Position(x, 40));
        }
        runAll();

        assertThat(runs.simulations).isZero();
        assertThat(runs.sweeps).isZero();
        assertThat(pipeline.revision()).isEqualTo(1);
        assertThat(pipeline.latest()).isSameAs(before);
        assertThat(pipeline.runningProperty().get()).isFalse();
    }

    @Test
    void editingAScenarioThatIsNotChosenDoesNotSimulate() {
        pipeline.rerun();
        runAll();
        runs.reset();
        int other = indexOfScenarioOtherThan("roll C");
        Scenario s = document.project().scenarios().get(other);

        document.commands().push(new ProjectCommand(document, m -> "rename", null,
                p -> p.withScenario(other, s.withName(s.name() + " 2"))));
        runAll();

        assertThat(runs.simulations).isZero();
    }

    @Test
    void anEditSimulatesOnceForVerdictsFindingsAndPlayback() {
        pipeline.rerun();
        runAll();
        runs.reset();

        raiseBodyLimit("100MB");
        assertThat(pipeline.runningProperty().get()).isTrue();
        runAll();

        assertThat(runs.simulations).isEqualTo(1);
        assertThat(runs.sweeps).isEqualTo(2);
        assertThat(pipeline.latest().revision()).isEqualTo(2);
        assertThat(pipeline.latest().result().outcome("POST-50MB").status()).isNotEqualTo(413);
    }

    @Test
    void aRunQueuedBehindANewerRevisionDoesNotStart() {
        pipeline.rerun();
        raiseBodyLimit("100MB");
        runAll();

        assertThat(runs.simulations).isEqualTo(1);
        assertThat(pipeline.latest().revision()).isEqualTo(2);
    }

    /** Revision 1 finishes after revision 2 was asked for and delivered: it must not replace it. */
    @Test
    void anOlderRevisionThatFinishesLastIsDropped() {
        pipeline.rerun();
        runWorker();
        List<Runnable> olderDeliveries = takeFx();
        raiseBodyLimit("100MB");
        runWorker();
        List<Runnable> newerDeliveries = takeFx();

        newerDeliveries.forEach(Runnable::run);
        olderDeliveries.forEach(Runnable::run);

        assertThat(pipeline.latest().revision()).isEqualTo(2);
        assertThat(pipeline.latest().result().outcome("POST-50MB").status()).isNotEqualTo(413);
        assertThat(pipeline.sweep().revision()).isEqualTo(2);
        assertThat(pipeline.runningProperty().get()).isFalse();
    }

    @Test
    void aRefusedSimulationArrivesAsTheRunsError() {
        SimulationPipeline refusing = new SimulationPipeline(document, scenario, Runnable::run, Runnable::run,
                new CountingRuns() {
                    @Override
                    public SimulationResult simulate(Topology t, Scenario s, SimulationOptions o) {
                        throw new IllegalArgumentException("no such hop \"Z\"");
                    }
                });

        refusing.rerun();

        ProjectRun run = refusing.latest();
        assertThat(run.ran()).isFalse();
        assertThat(run.error()).hasMessage("no such hop \"Z\"");
        assertThat(run.traceError()).isSameAs(run.error());
        assertThat(refusing.runningProperty().get()).isFalse();
    }

    /**
     * A trace too big for memory still gives the verdicts (outcomes only), and says why it cannot be
     * played: two simulations (the full trace, refused, and the outcomes); a sampled trace only when the
     * Play view is asked for one.
     */
    @Test
    void aTraceTooBigToKeepStillGivesTheOutcomes() {
        CountingRuns noRoomForTrace = new CountingRuns() {
            @Override
            public SimulationResult simulate(Topology t, Scenario s, SimulationOptions o) {
                if (o.detail() == SimulationOptions.Detail.FULL) {
                    simulations++;
                    throw new SimulationLimitException("the trace would not fit");
                }
                return super.simulate(t, s, o);
            }
        };
        SimulationPipeline p = new SimulationPipeline(document, scenario, Runnable::run, Runnable::run,
                noRoomForTrace);

        p.rerun();

        assertThat(noRoomForTrace.simulations).isEqualTo(2);
        assertThat(p.latest().ran()).isTrue();
        assertThat(p.latest().error()).isNull();
        assertThat(p.latest().playable()).isFalse();
        assertThat(p.latest().traceError()).hasMessage("the trace would not fit");
    }

    @Test
    void aScenarioWithNothingToSweepIsShownAtOnce() {
        pipeline.rerun();
        runAll();

        scenario.set("no such scenario");

        assertThat(pipeline.sweep().revision()).isEqualTo(pipeline.revision());
        assertThat(pipeline.sweep().results()).isEmpty();
    }

    private void raiseBodyLimit(String size) {
        editor.changeHop("A", ProxySettings.CLIENT_MAX_BODY_SIZE.id(),
                h -> h.with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.parse(size)));
    }

    private int indexOfScenarioOtherThan(String name) {
        List<Scenario> all = document.project().scenarios();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("abcd-defaults has only " + name);
    }

    private void runWorker() {
        while (!workerQueue.isEmpty()) {
            workerQueue.remove(0).run();
        }
    }

    private List<Runnable> takeFx() {
        List<Runnable> taken = new ArrayList<>(fxQueue);
        fxQueue.clear();
        return Collections.unmodifiableList(taken);
    }

    private void runAll() {
        runWorker();
        takeFx().forEach(Runnable::run);
    }
}
