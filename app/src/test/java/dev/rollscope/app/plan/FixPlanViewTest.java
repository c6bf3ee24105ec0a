package dev.rollscope.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The before/after view on its own: progress and Cancel while the search runs, and an unverified plan. */
class FixPlanViewTest {

    private static final Executor NOW = Runnable::run;
    private final FxRobot robot = new FxRobot();
    private final Project drainOff = PlanExamples.read(PlanExamples.DRAIN_OFF);
    private final Document document = new Document(drainOff);
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        robot.interact(() -> stage.close());
    }

    private FixPlanModel show(Function<PlanRequest, PlanAnswer> search, Executor worker) {
        FixPlanModel model = new FixPlanModel(document, Messages.of(Locale.ENGLISH),
                PlanRequest.ofVerdict(drainOff, "roll A", "POST-50MB"), search, worker, NOW);
        robot.interact(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new FixPlanView(model, Messages.of(Locale.ENGLISH)), 900, 600));
            stage.show();
            model.search();
        });
        return model;
    }

    private <T extends Node> T node(String id, Class<T> type) {
        return robot.lookup(id).queryAs(type);
    }

    @Test
    void whileTheSearchRunsItShowsProgressAndCancelStopsWaiting() {
        List<Runnable> held = new ArrayList<>();
        FixPlanModel model = show(PlanAnswer::search, held::add);

        assertThat(node("#fix-plan-progress", ProgressIndicator.class).isVisible()).isTrue();
        assertThat(node("#fix-plan-status", Label.class).getText())
                .isEqualTo("Searching every start offset and routing choice, then again after each change…");
        assertThat(node("#fix-plan-apply", Button.class).isDisabled()).isTrue();
        robot.clickOn("#fix-plan-cancel");

        assertThat(model.stateProperty().get()).isEqualTo(FixPlanModel.State.CANCELLED);
        assertThat(node("#fix-plan-progress", ProgressIndicator.class).isVisible()).isFalse();
        assertThat(node("#fix-plan-status", Label.class).getText()).isEqualTo("Search cancelled. Nothing was changed.");
    }

    @Test
    void anUnverifiedPlanKeepsApplyDisabledAndSaysWhatStillFails() {
        show(r -> PlanExamples.unverified(r.project()), NOW);

        assertThat(node("#fix-plan-apply", Button.class).isDisabled()).isTrue();
        assertThat(node("#fix-plan-status", Label.class).getText())
                .startsWith("No plan found within 4 changes; still failing: POST-50MB: ");
        assertThat(robot.lookup("#fix-plan-changes").tryQuery()).isPresent();
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }
}
