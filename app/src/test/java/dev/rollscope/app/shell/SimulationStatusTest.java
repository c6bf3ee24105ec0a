package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.simulation.CountingRuns;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationLimitException;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.ObjectBinding;
import org.junit.jupiter.api.Test;

/**
 * The status bar's line while failure-body-limit's "upload" is simulated: "Simulating upload…" from
 * the request until its run arrives, then the run's verdict; an engine refusal as one line, with
 * the status ERROR (no dialog, no stack trace).
 */
class SimulationStatusTest {

    private final List<Runnable> worker = new ArrayList<>();
    private final Document document = new Document(LiveVerdictsTest.example("failure-body-limit.json"));
    private final ScenarioChoice scenarios = new ScenarioChoice(document);
    private final Messages messages = Messages.of(Locale.ENGLISH);
    private final javafx.beans.property.BooleanProperty hidden = new javafx.beans.property.SimpleBooleanProperty();

    private ObjectBinding<SimulationStatus> status(CountingRuns runs) {
        SimulationPipeline pipeline = new SimulationPipeline(document, scenarios.selectedProperty(), worker::add,
                Runnable::run, runs);
        ObjectBinding<SimulationStatus> status = SimulationStatus.follow(new LiveVerdicts(pipeline), scenarios,
                hidden, messages);
        pipeline.rerun();
        return status;
    }

    @Test
    void saysTheSimulationIsRunningUntilItsRunArrives() {
        ObjectBinding<SimulationStatus> status = status(new CountingRuns());

        assertThat(status.get()).isEqualTo(new SimulationStatus(SimulationStatus.State.RUNNING,
                "Simulating upload\u2026"));
        worker.remove(0).run();

        assertThat(status.get().state()).isEqualTo(SimulationStatus.State.FAILED);
        assertThat(status.get().text()).startsWith("upload: 1 of 1 requests failed")
                .as("the time is the simulation's, not the request's").matches(".* \u00b7 simulated in [\\d,]+ ms");
    }

    @Test
    void anEngineRefusalIsOneLineOfTheStatus() {
        ObjectBinding<SimulationStatus> status = status(new CountingRuns() {
            @Override
            public SimulationResult simulate(Topology t, Scenario s, SimulationOptions o) {
                throw new SimulationLimitException("over 50,000,000 events\n(reduce the rate)");
            }
        });
        worker.remove(0).run();

        assertThat(status.get()).isEqualTo(new SimulationStatus(SimulationStatus.State.ERROR,
                "upload: the simulation stopped: over 50,000,000 events"));
    }

    /** While a lesson's question hides the answers, the line says so instead of the failures, and shows them again after. */
    @Test
    void saysOnlyThatTheAnswersAreHiddenWhileTheyAre() {
        ObjectBinding<SimulationStatus> status = status(new CountingRuns());
        worker.remove(0).run();

        hidden.set(true);
        assertThat(status.get()).isEqualTo(new SimulationStatus(SimulationStatus.State.HIDDEN,
                "Answers hidden until you answer the question on the Play tab"));
        hidden.set(false);
        assertThat(status.get().text()).startsWith("upload: 1 of 1 requests failed");
    }
}
