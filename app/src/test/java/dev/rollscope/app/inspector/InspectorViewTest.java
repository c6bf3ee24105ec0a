package dev.rollscope.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.DesignerFixture;
import dev.rollscope.app.TestProjects;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.StyleClasses;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.Project;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.TimeSpan;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {

    private final Project abcd = TestProjects.abcd();
    private DesignerFixture f;

    @Start
    void start(Stage stage) {
        f = new DesignerFixture(abcd, Locale.ENGLISH);
        stage.setScene(f.scene(Theme.LIGHT, 1200, 760));
        stage.show();
        f.document.select("A");
        f.document.selectedSettingProperty().set(ProxySettings.UPSTREAM_READ_TIMEOUT);
    }

    @Test
    void selectedSettingIsShownExpandedAndFocused(FxRobot robot) {
        TextField field = readTimeout(robot);

        assertThat(field.isFocused()).isTrue();
        assertThat(field.getText()).isEqualTo("60s");
    }

    @Test
    void typingAValidValueAndEnterAppliesItAsAnUndoableCommand(FxRobot robot) {
        replaceText(robot, readTimeout(robot), "2m");

        assertThat(readTimeoutOfA()).isEqualTo(TimeSpan.ofSeconds(120));
        assertThat(readTimeout(robot).getText()).isEqualTo("120s");
        assertThat(f.document.commands().undoCommandProperty().get().description(Messages.of(Locale.ENGLISH)))
                .isEqualTo("change of A's proxy.upstreamReadTimeout");
    }

    @Test
    void aChangedValueStandsOutAndItsResetButtonPutsTheDefaultBack(FxRobot robot) {
        replaceText(robot, readTimeout(robot), "95s");
        assertThat(readTimeout(robot).getParent().getPseudoClassStates()).contains(StyleClasses.MODIFIED);

        robot.clickOn("#reset-proxy-upstreamReadTimeout");

        assertThat(readTimeoutOfA()).isEqualTo(TimeSpan.ofSeconds(60));
        assertThat(readTimeout(robot).getParent().getPseudoClassStates()).doesNotContain(StyleClasses.MODIFIED);
    }

    @Test
    void aRefusedValueStaysUnappliedAndIsDecoratedAtTheField(FxRobot robot) {
        TextField field = readTimeout(robot);

        replaceText(robot, field, "soon");

        assertThat(f.document.project()).isEqualTo(abcd);
        assertThat(field.getText()).isEqualTo("soon");
        assertThat(Decorator.getDecorations(field)).isNotEmpty();
        assertThat(field.getStyleClass()).contains("error");
    }

    @Test
    void correctingARefusedValueRemovesTheDecoration(FxRobot robot) {
        TextField field = readTimeout(robot);
        replaceText(robot, field, "soon");

        replaceText(robot, field, "90s");

        assertThat(field.getStyleClass()).doesNotContain("error");
        assertThat(readTimeoutOfA()).isEqualTo(TimeSpan.ofSeconds(90));
    }

    @Test
    void choosingAKindThatBreaksTheChainIsRefusedAtTheField(FxRobot robot) {
        robot.interact(() -> f.document.selectedSettingProperty().set(null));
        @SuppressWarnings("unchecked")
        ComboBox<String> kind = WaitForRows.lookup(robot, "#edit-hop-kind", ComboBox.class);

        robot.interact(() -> kind.setValue("APP_RUNTIME"));

        assertThat(f.document.project()).isEqualTo(abcd);
        assertThat(kind.getStyleClass()).contains("error");
    }

    private TextField readTimeout(FxRobot robot) {
        return WaitForRows.lookup(robot, "#edit-proxy-upstreamReadTimeout", TextField.class);
    }

    private TimeSpan readTimeoutOfA() {
        return f.document.project().topology().hop("A").orElseThrow().get(ProxySettings.UPSTREAM_READ_TIMEOUT);
    }

    private static void replaceText(FxRobot robot, TextField field, String text) {
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
    }
}
