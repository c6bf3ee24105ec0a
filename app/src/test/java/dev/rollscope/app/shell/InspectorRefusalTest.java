package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.command.Command;
import dev.rollscope.app.command.CommandStack;
import dev.rollscope.model.Project;
import dev.rollscope.model.topology.ProxySettings;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad values typed into a timeout field of the main window say why, under the field, in its tooltip
 * and in the status bar, and change nothing; Ctrl+Z in a field undoes the typing, not the document.
 */
class InspectorRefusalTest extends MainWindowTestBase {

    private static final String RANGE = " Expected a time span from 0s to 365d, written like 60s, 1500ms, 10m or 1h.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -5s       | "-5s" cannot be negative.                                  | ' Nearest valid value: 0s.'
            abc       | "abc" cannot be read as a time.                            | ''
            99999999h | "99999999h" is more than 365d, the most this setting takes. | ' Nearest valid value: 365d.'
            """)
    void aRefusedTimeoutSaysWhyAtTheFieldAndInTheStatusBarAndChangesNothing(String typed, String why,
                                                                            String nearest) {
        open();
        Project before = f.bench().document().project();
        TextField field = readTimeoutOfA();

        f.robot.clickOn(field);
        f.robot.interact(field::selectAll);
        f.robot.write(typed).type(KeyCode.ENTER);

        String reason = why + RANGE + nearest;
        assertThat(field.getText()).isEqualTo(typed);
        assertThat(field.getTooltip().getText()).isEqualTo(reason);
        Label under = f.robot.lookup("#reason-proxy-upstreamReadTimeout").queryAs(Label.class);
        assertThat(under.isVisible()).isTrue();
        assertThat(under.getText()).isEqualTo(reason);
        assertThat(f.robot.lookup("#status-refusal").queryAs(Label.class).getText())
                .isEqualTo("Upstream read timeout: " + reason);
        assertThat(f.bench().document().project()).isSameAs(before);
        assertThat(f.bench().document().isDirty()).isFalse();
        assertThat(f.bench().document().commands().canUndoProperty().get()).isFalse();

        f.robot.type(KeyCode.ESCAPE);

        assertThat(field.getText()).isEqualTo("60s");
        assertThat(under.isVisible()).isFalse();
        assertThat(f.robot.lookup("#status-refusal").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void ctrlZInAFieldUndoesTheTypingAndLeavesTheHistoryAndTheDirtinessAsTheyWere() {
        open();
        TextField field = readTimeoutOfA();
        replace(field, "90s");
        f.robot.type(KeyCode.ENTER);
        replace(field, "95s");
        f.robot.type(KeyCode.ENTER);
        f.robot.clickOn("#tool-undo");
        CommandStack commands = f.bench().document().commands();
        Project edited = f.bench().document().project();
        Command undo = commands.undoCommandProperty().get();
        Command redo = commands.redoCommandProperty().get();
        assertThat(field.getText()).isEqualTo("90s");
        assertThat(redo.description(f.bench().messages())).isEqualTo("change of A's proxy.upstreamReadTimeout");

        replace(field, "-5s");
        f.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(field.getText()).isEqualTo("90s");
        assertThat(field.getTooltip().getText()).isEqualTo("Changed from the default 60s");
        assertSame(edited, undo, redo);
        f.robot.type(KeyCode.TAB);

        assertThat(field.isFocused()).isFalse();
        assertSame(edited, undo, redo);
    }

    @Test
    void ctrlZInAFieldWithNothingTypedIsTheDocumentsUndoAndAppliesNoUndoneText() {
        open();
        Project before = f.bench().document().project();
        TextField field = readTimeoutOfA();
        replace(field, "90s");
        f.robot.type(KeyCode.ENTER);

        f.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        f.robot.type(KeyCode.TAB);

        assertThat(field.getText()).isEqualTo("60s");
        assertThat(f.bench().document().project()).isEqualTo(before);
        assertThat(f.bench().document().isDirty()).isFalse();
        assertThat(f.bench().document().commands().canUndoProperty().get()).isFalse();
        assertThat(f.bench().document().commands().redoCommandProperty().get().description(f.bench().messages()))
                .isEqualTo("change of A's proxy.upstreamReadTimeout");
    }

    private void assertSame(Project edited, Command undo, Command redo) {
        CommandStack commands = f.bench().document().commands();
        assertThat(f.bench().document().project()).isSameAs(edited);
        assertThat(f.bench().document().isDirty()).isTrue();
        assertThat(commands.undoCommandProperty().get()).isSameAs(undo);
        assertThat(commands.redoCommandProperty().get()).isSameAs(redo);
        assertThat(commands.canRedoProperty().get()).isTrue();
    }

    private TextField readTimeoutOfA() {
        f.robot.interact(() -> {
            f.bench().document().select("A");
            f.bench().document().selectedSettingProperty().set(ProxySettings.UPSTREAM_READ_TIMEOUT);
        });
        return f.awaitNode("#edit-proxy-upstreamReadTimeout", TextField.class);
    }

    private void replace(TextField field, String text) {
        f.robot.clickOn(field);
        f.robot.interact(field::selectAll);
        f.robot.write(text);
    }
}
