package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.WholeTexts;
import dev.rollscope.app.playback.PlayTab;
import dev.rollscope.model.Project;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Apply fix plan in the main window: from a failed verdict line (Ctrl+Shift+F) and from a danger
 * window of the Sweep view, through the before/after view, to the verdict turning green, and back
 * with one Undo. (An unverified plan's view: {@code FixPlanViewTest}.)
 */
class FixPlanWindowTest extends MainWindowTestBase {


    /** Closes a fix plan left open (before the window closes). */
    @AfterEach
    void closeFixPlan() {
        if (f != null) {
            f.robot.lookup("#fix-plan-close").tryQueryAs(Button.class)
                    .ifPresent(b -> f.robot.interact(b::fire));
        }
    }

    private void open(String example, String failedStatus) {
        open(Path.of("..", "examples", example).toString());
        f.awaitStatus(failedStatus);
    }

    /** Selects the first line of the findings panel (a failed request comes first) and presses Ctrl+Shift+F. */
    private void fixPlanOfFirstLine() {
        @SuppressWarnings("unchecked")
        TableView<FindingRow> findings = f.robot.lookup("#findings").queryAs(TableView.class);
        f.robot.interact(() -> {
            findings.getSelectionModel().select(0);
            findings.requestFocus();
        });
        assertThat(findings.getSelectionModel().getSelectedItem().failedRequest()).isTrue();
        f.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private String planStatus() {
        return f.robot.lookup("#fix-plan-status").queryAs(Label.class).getText();
    }

    private static Project withDrainOfA(Project p, TimeSpan drain) {
        Topology t = p.topology();
        int a = t.indexOf("A");
        return p.withTopology(t.withHop(a, t.hops().get(a).with(FrontSettings.DRAIN_TIMEOUT, drain)));
    }

    @Test
    void applyingTheVerifiedPlanOfAFailedVerdictTurnsItGreenAndOneUndoTurnsItBack() {
        open("failure-drain-off.json", "roll A: 1 of 1 requests failed");
        Project original = f.bench().document().project();

        fixPlanOfFirstLine();
        Button apply = f.awaitNode("#fix-plan-apply", Button.class);
        MainWindowFixture.await(() -> !apply.isDisabled(), "Apply fix plan enabled");
        assertThat(planStatus()).startsWith("Verified: ");
        f.robot.clickOn(apply);

        f.awaitStatus("roll A: 1 request OK");
        assertThat(f.bench().document().project()).isEqualTo(withDrainOfA(original, TimeSpan.ofSeconds(46)));
        assertThat(planStatus()).startsWith("Applied 1 setting change as one edit.");
        assertThat(apply.isDisabled()).isTrue();
        f.robot.clickOn("#fix-plan-close");

        f.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        f.awaitStatus("roll A: 1 of 1 requests failed");
        assertThat(f.bench().document().project()).isEqualTo(original);
        f.robot.interact(() -> f.bench().document().commands().redo());
        f.awaitStatus("roll A: 1 request OK");
    }

    @Test
    void theFixPlanKeyDoesNothingOnTheLineOfACheck() {
        open("failure-drain-off.json", "roll A: 1 of 1 requests failed");
        @SuppressWarnings("unchecked")
        TableView<FindingRow> findings = f.robot.lookup("#findings").queryAs(TableView.class);
        int check = findings.getItems().indexOf(findings.getItems().stream().filter(r -> r.requestId().isEmpty())
                .findFirst().orElseThrow());
        f.robot.interact(() -> {
            findings.getSelectionModel().select(check);
            findings.requestFocus();
        });

        f.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(f.robot.lookup("#fix-plan").tryQuery()).isEmpty();
    }

    @Test
    void theBeforeAfterViewShowsEveryTextWholeAt1024x700() {
        open("failure-drain-off.json", "roll A: 1 of 1 requests failed");
        f.robot.interact(() -> {
            f.stage.setWidth(1024);
            f.stage.setHeight(700);
        });

        fixPlanOfFirstLine();
        Button apply = f.awaitNode("#fix-plan-apply", Button.class);
        MainWindowFixture.await(() -> !apply.isDisabled(), "Apply fix plan enabled");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WholeTexts.cutShort(apply.getScene().getRoot())).isEmpty();
    }

    @Test
    void aDangerWindowOfTheSweepViewOpensItsPlanAndAppliesIt() {
        open("failure-drain-off.json", "roll A: 1 of 1 requests failed");
        PlayTab[] play = new PlayTab[1];
        f.robot.interact(() -> {
            play[0] = RollscopeApp.addPlayTab(f.window);
            play[0].tab().getTabPane().getSelectionModel().select(play[0].tab());
        });
        f.robot.clickOn("Sweep");
        Hyperlink link = f.awaitNode(".sweep-fix-plan", Hyperlink.class);

        f.robot.clickOn(link);
        Button apply = f.awaitNode("#fix-plan-apply", Button.class);
        MainWindowFixture.await(() -> !apply.isDisabled(), "Apply fix plan enabled");
        f.robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        f.awaitStatus("roll A: 1 request OK");
        assertThat(f.bench().document().project().topology().hop("A").orElseThrow().get(FrontSettings.DRAIN_TIMEOUT))
                .isEqualTo(TimeSpan.ofSeconds(46));
    }
}
