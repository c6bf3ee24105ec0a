package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.model.Project;
import dev.rollscope.model.topology.Position;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.ByteSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Live verdicts without a window: the "FX thread" is a queue the test drains. */
class LiveVerdictsTest {

    private final List<Runnable> fxQueue = new ArrayList<>();
    private final ExecutorService worker = SimulationPipeline.newWorker();
    private final Document document = new Document(example("failure-body-limit.json"));
    private final Editor editor = new Editor(document, Messages.of(Locale.ENGLISH));
    private final ScenarioChoice scenarios = new ScenarioChoice(document);
    private final SimulationPipeline pipeline = new SimulationPipeline(document, scenarios.selectedProperty(), worker,
            fxQueue::add);
    private final LiveVerdicts verdicts = new LiveVerdicts(pipeline);

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Test
    void theUploadIsRefusedWith413AtAUnderNginxsDefaultBodyLimit() throws Exception {
        verdicts.rerun();
        deliver();

        LiveAnalysis a = verdicts.latestProperty().get();
        assertThat(a.scenario()).isEqualTo("upload");
        assertThat(a.error()).isNull();
        assertThat(a.result().outcome("POST-50MB").status()).isEqualTo(413);
        assertThat(a.result().outcome("POST-50MB").failure().hop()).isEqualTo("A");
        assertThat(verdicts.runningProperty().get()).isFalse();
    }

    @Test
    void anEditRerunsAndOnlyTheNewestRunIsDelivered() throws Exception {
        verdicts.rerun();
        raiseBodyLimit("100MB");
        assertThat(verdicts.runningProperty().get()).isTrue();

        deliver();

        assertThat(verdicts.latestProperty().get().result().outcome("POST-50MB").ok()).isTrue();
        assertThat(verdicts.runningProperty().get()).isFalse();
    }

    @Test
    void movingAHopOnTheCanvasDoesNotSimulateAgain() throws Exception {
        verdicts.rerun();
        deliver();
        LiveAnalysis before = verdicts.latestProperty().get();

        editor.placeHop("A", new Position(100, 40));
        deliver();

        assertThat(verdicts.runningProperty().get()).isFalse();
        assertThat(verdicts.latestProperty().get()).isSameAs(before);
    }

    @Test
    void aProjectWithoutScenariosGivesNoVerdictAndNoError() {
        LiveAnalysis a = LiveVerdicts.analyse(document.project().withScenarios(List.of()), null);

        assertThat(a.ran()).isFalse();
        assertThat(a.error()).isNull();
        assertThat(a.findings()).isEmpty();
    }

    private void raiseBodyLimit(String size) {
        editor.changeHop("A", ProxySettings.CLIENT_MAX_BODY_SIZE.id(),
                h -> h.with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.parse(size)));
    }

    /** Waits for the worker to finish what it was given, then runs what it sent to the "FX thread". */
    private void deliver() throws Exception {
        worker.submit(() -> { }).get(30, TimeUnit.SECONDS);
        List<Runnable> queued = new ArrayList<>(fxQueue);
        fxQueue.clear();
        queued.forEach(Runnable::run);
    }

    static Project example(String name) {
        try {
            return Examples.read(name);
        } catch (dev.rollscope.model.io.ProjectFileException e) {
            throw new AssertionError(e);
        }
    }
}
