package dev.rollscope.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.document.Document;
import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The scenario panel on abcd-defaults' "roll C" (C rolls at 40 s; a POST and a GET). */
@ExtendWith(ApplicationExtension.class)
class ScenarioPanelTest {

    private Document document;

    @Start
    void start(Stage stage) {
        document = PanelStage.show(stage, Locale.ENGLISH, 1000);
    }

    private Scenario rollC() {
        return document.project().scenario("roll C").orElseThrow();
    }

    @Test
    void addingAGetShowsItAndUndoRemovesIt(FxRobot robot) {
        robot.clickOn("#add-get");

        ListView<?> list = robot.lookup("#scenario-requests").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(3).last().hasToString("GET-2: GET, body 0B, at 41s");
        robot.interact(() -> document.commands().undo());
        assertThat(list.getItems()).hasSize(2);
    }

    @Test
    void checkingDAndApplyingRollsBothFromTheGivenStart(FxRobot robot) {
        robot.clickOn("#roll-D");
        robot.interact(() -> robot.lookup("#roll-start").queryAs(TextField.class).setText("25s"));
        robot.clickOn("#roll-apply");

        assertThat(rollC().disruptions()).containsExactly(new RollOut("C", TimeSpan.ofSeconds(25)),
                new RollOut("D", TimeSpan.ofSeconds(25)));
    }

    /** The horizon (issue 20) is shown and set in the panel; undo puts the default back; the model refuses 0s. */
    @Test
    void theHorizonIsShownSetUndoneAndABadOneExplained(FxRobot robot) {
        TextField horizon = robot.lookup("#scenario-horizon").queryAs(TextField.class);
        assertThat(horizon.getText()).isEqualTo("86400s");

        robot.interact(() -> {
            horizon.setText("2h");
            robot.lookup("#horizon-apply").queryAs(Button.class).fire();
        });
        assertThat(rollC().horizon()).isEqualTo(TimeSpan.ofSeconds(7200));
        assertThat(horizon.getText()).isEqualTo("7200s");
        robot.interact(() -> document.commands().undo());
        assertThat(rollC().horizon()).isEqualTo(Scenario.DEFAULT_HORIZON);
        assertThat(horizon.getText()).isEqualTo("86400s");

        robot.interact(() -> {
            horizon.setText("0s");
            robot.lookup("#horizon-apply").queryAs(Button.class).fire();
        });
        assertThat(robot.lookup("#scenario-error").queryAs(Label.class).getText()).contains("horizon must be 1s to");
        assertThat(rollC().horizon()).isEqualTo(Scenario.DEFAULT_HORIZON);
    }

    @Test
    void badBodySizeIsExplainedAtTheFormAndNothingIsAdded(FxRobot robot) {
        robot.interact(() -> robot.lookup("#custom-body").queryAs(TextField.class).setText("ten"));

        robot.interact(() -> robot.lookup("#add-custom").queryAs(Button.class).fire());

        assertThat(robot.lookup("#scenario-error").queryAs(Label.class).getText()).startsWith("Body: \u201cten\u201d: ");
        assertThat(rollC().requests()).hasSize(2);
    }

    /**
     * A URL map switch of A (a MIG behind the external ALB) is added and listed; a Service selector
     * switch of A is refused by the model, and the refusal is shown.
     */
    @Test
    void aBlueGreenSwitchIsAddedAndAnUnfitOneIsExplained(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Disruption.Kind> kind = robot.lookup("#switch-kind").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> hop = robot.lookup("#switch-hop").queryAs(ComboBox.class);
        robot.interact(() -> {
            kind.setValue(Disruption.Kind.URL_MAP_SWITCH);
            hop.setValue("A");
            robot.lookup("#switch-at").queryAs(TextField.class).setText("30s");
            robot.lookup("#switch-add").queryAs(Button.class).fire();
        });

        assertThat(rollC().disruptions()).contains(new BlueGreen(BlueGreen.Method.URL_MAP, "A", TimeSpan.ofSeconds(30)));
        assertThat(robot.lookup("#switch-list").queryAs(ListView.class).getItems())
                .containsExactly("URL map weights (blue/green) of A at 30s");

        robot.interact(() -> {
            kind.setValue(Disruption.Kind.SELECTOR_SWITCH);
            robot.lookup("#switch-add").queryAs(Button.class).fire();
        });
        assertThat(robot.lookup("#scenario-error").queryAs(Label.class).getText())
                .contains("a selector switch moves a Kubernetes Service to other pods, but hop A runs on GCE_MIG");
        assertThat(rollC().disruptions()).hasSize(2);
    }

    /** The mix's form rebuilds its entries; an entry's client profile, set in its own form, survives that. */
    @Test
    void reapplyingTheTrafficKeepsAnEntrysClientProfile(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#traffic-on").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#traffic-apply").queryAs(Button.class).fire();
            robot.lookup("#mix-client-stop").queryAs(TextField.class).setText("1KiB");
            robot.lookup("#mix-client-apply").queryAs(Button.class).fire();
            robot.lookup("#traffic-rate").queryAs(TextField.class).setText("10");
            robot.lookup("#traffic-apply").queryAs(Button.class).fire();
        });

        TrafficMix mix = rollC().traffic();
        assertThat(mix.ratePerSecond()).isEqualTo(10);
        assertThat(mix.entries().get(0).name()).isEqualTo("GET");
        assertThat(mix.entries().get(0).client().stopsReadingAt()).isEqualTo(ByteSize.ofBytes(1024));
        assertThat(mix.entries().get(1).client()).isEqualTo(ClientBehaviour.NONE);
    }
}
