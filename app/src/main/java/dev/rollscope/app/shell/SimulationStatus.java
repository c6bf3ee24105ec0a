package dev.rollscope.app.shell;

import dev.rollscope.app.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The state of the live simulation in one line for the status bar: running, all requests OK,
 * N of M failed (with the time taken), stopped by an error, or nothing to simulate.
 *
 * @param state what kind of line it is, for its colour
 */
public record SimulationStatus(State state, String text) {

    /** The kind of line. */
    public enum State { IDLE, RUNNING, OK, FAILED, ERROR, HIDDEN }

    /** The status of a delivered run. */
    static SimulationStatus of(LiveAnalysis a, Messages m) {
        if (a.error() != null) {
            String why = a.error().text(m.locale()).lines().findFirst().orElse("");
            return new SimulationStatus(State.ERROR, m.format("status.error", a.scenario(), why));
        }
        if (!a.ran()) {
            return new SimulationStatus(State.IDLE, m.get("status.noScenario"));
        }
        long failed = a.result().failedCount();
        int total = a.result().outcomes().size();
        return failed == 0
                ? new SimulationStatus(State.OK, m.format("status.ok", a.scenario(), total, a.millis()))
                : new SimulationStatus(State.FAILED, m.format("status.failed", a.scenario(), failed, total, a.millis()));
    }

    /**
     * Follows the live verdicts: "running" while a run is under way, else the newest run's status;
     * while {@code hidden} (a lesson's question), only that the answers are hidden.
     */
    static ObjectBinding<SimulationStatus> follow(LiveVerdicts verdicts, ScenarioChoice scenarios,
                                                  ObservableBooleanValue hidden, Messages m) {
        return Bindings.createObjectBinding(() -> hidden.get()
                ? new SimulationStatus(State.HIDDEN, m.get("status.answersHidden"))
                : verdicts.runningProperty().get()
                ? new SimulationStatus(State.RUNNING, m.format("status.running", scenarios.selected()))
                : of(verdicts.latestProperty().get(), m), verdicts.runningProperty(), verdicts.latestProperty(), hidden);
    }
}
