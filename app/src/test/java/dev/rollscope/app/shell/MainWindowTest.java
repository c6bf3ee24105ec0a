package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rollscope.model.Project;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.ByteSize;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;

/** The main window driven headless (Monocle) through its menus, palette, inspector and panels. */
class MainWindowTest extends MainWindowTestBase {


    @Test
    void theBundledExampleOpensWithItsVerdictsAndTitle() {
        open();

        f.awaitStatus("roll A: 2 of 2 requests failed");

        assertThat(f.stage.getTitle()).isEqualTo("abcd-defaults.json — Rollscope");
        assertThat(f.robot.lookup("#hop-D").tryQuery()).isPresent();
    }

    @Test
    void anExampleFromTheFileMenuReplacesTheDocument() {
        open();

        f.robot.clickOn(f.robot.from(f.stage.getScene().getRoot()).lookup(".menu-bar .menu-button")
                .lookup(LabeledMatchers.hasText("File")).queryAs(Node.class));
        clickShown("Examples");
        Window menu = shown("Examples").getScene().getWindow();
        f.robot.moveTo(new Point2D(menu.getX() + menu.getWidth() + 30, f.robot.point(shown("Examples")).query().getY()));
        clickShown("failure-body-limit.json");

        f.awaitStatus("upload: 1 of 1 requests failed");
        assertThat(f.stage.getTitle()).isEqualTo("failure-body-limit.json — Rollscope");
        assertThat(findings().getItems().get(0).verdict()).isEqualTo("413");
    }

    @Test
    void aValueTypedInTheInspectorChangesTheVerdictAndUndoRedoAndSaveFollow() throws Exception {
        open();
        f.robot.interact(() -> f.bench().session().openExample("failure-body-limit.json"));
        f.awaitStatus("upload: 1 of 1 requests failed");

        f.robot.clickOn(f.robot.lookup("#findings .table-cell").lookup(LabeledMatchers.hasText("413"))
                .queryAs(Node.class));
        TextField limit = f.awaitNode("#edit-proxy-clientMaxBodySize", TextField.class);
        f.robot.interact(limit::selectAll);
        f.robot.write("100MB").type(KeyCode.ENTER);

        f.awaitStatus("upload: 1 request OK");
        assertThat(f.stage.getTitle()).isEqualTo("• failure-body-limit.json — Rollscope");
        Project edited = f.bench().document().project();

        f.robot.clickOn("#tool-undo");
        f.awaitStatus("upload: 1 of 1 requests failed");
        f.robot.clickOn("#tool-redo");
        f.awaitStatus("upload: 1 request OK");

        Path file = dir.resolve("upload.json");
        f.robot.interact(() -> f.bench().session().saveTo(file));
        assertThat(f.stage.getTitle()).isEqualTo("upload.json — Rollscope");
        f.robot.interact(() -> f.bench().session().newProject());
        f.robot.interact(() -> f.bench().session().open(file));

        assertThat(f.bench().document().project()).isEqualTo(edited);
        assertThat(bodyLimitOfA()).isEqualTo(ByteSize.parse("100MB"));
        f.awaitStatus("upload: 1 request OK");
    }

    @Test
    void aRefusedValueIsDecoratedAtTheFieldAndNeverApplied() {
        open();
        Project before = f.bench().document().project();
        f.robot.interact(() -> {
            f.bench().document().select("A");
            f.bench().document().selectedSettingProperty().set(ProxySettings.UPSTREAM_READ_TIMEOUT);
        });
        TextField field = f.awaitNode("#edit-proxy-upstreamReadTimeout", TextField.class);

        f.robot.clickOn(field);
        f.robot.interact(field::selectAll);
        f.robot.write("soon").type(KeyCode.ENTER);

        assertThat(f.bench().document().project()).isSameAs(before);
        assertThat(f.bench().document().isDirty()).isFalse();
        assertThat(Decorator.getDecorations(field)).isNotEmpty();
    }

    @Test
    void exportOpensTheExportDialogOnTheChosenScenario() {
        open();
        f.robot.interact(() -> f.bench().scenarios().selectedProperty().set("roll B"));

        f.robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);

        TextArea preview = f.awaitNode("#export-preview", TextArea.class);
        MainWindowFixture.await(() -> !preview.getText().isEmpty(), "a preview");
        assertThat(preview.getText()).contains("sequenceDiagram");
        f.robot.interact(() -> ((Stage) preview.getScene().getWindow()).close());
    }

    @Test
    void deleteInAnInspectorFieldEditsTheTextNotTheChain() {
        open();
        f.robot.interact(() -> {
            f.bench().document().select("A");
            f.bench().document().selectedSettingProperty().set(ProxySettings.UPSTREAM_READ_TIMEOUT);
        });
        TextField field = f.awaitNode("#edit-proxy-upstreamReadTimeout", TextField.class);
        f.robot.clickOn(field);
        f.robot.interact(() -> field.positionCaret(0));

        f.robot.type(KeyCode.DELETE);

        assertThat(field.getText()).isEqualTo("0s");
        assertThat(f.bench().document().project().topology().hop("A")).isPresent();
    }

    @Test
    void aHopInsertedFromThePaletteIsUndoneWithTheShortcut() {
        open();
        f.robot.interact(() -> f.bench().document().select("B"));

        f.robot.clickOn("#palette-generic_l7");

        f.awaitNode("#hop-E", Node.class);
        assertThat(f.bench().document().project().topology().hops()).extracting(Hop::id)
                .containsExactly("A", "B", "E", "C", "D");
        f.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        assertThat(f.bench().document().project().topology().hop("E")).isEmpty();
        assertThat(f.bench().document().isDirty()).isFalse();
    }

    @Test
    void aBadFileIsExplainedWithWhereAndTheDocumentStays() throws Exception {
        open();
        Project before = f.bench().document().project();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"schemaVersion\": 3\n}\n");

        Platform.runLater(() -> f.bench().session().open(bad));

        assertThat(f.awaitNode("#file-error-at", Label.class).getText()).isEqualTo("line 2, column 20");
        assertThat(f.robot.lookup("#file-error-field").queryAs(Label.class).getText()).isEqualTo("$.schemaVersion");
        assertThat(f.robot.lookup("#file-error-problem").queryAs(Label.class).getText())
                .startsWith("unsupported schemaVersion 3");
        f.robot.clickOn("OK");
        assertThat(f.bench().document().project()).isSameAs(before);
        assertThat(f.stage.getTitle()).isEqualTo("abcd-defaults.json — Rollscope");
    }

    @Test
    void changesLeftByACrashAreOfferedAndRestoredAsUnsaved() throws Exception {
        Project crashed = LiveVerdictsTest.example("kong-service-pods.json");
        new RecoveryStore(dir).write(crashed, dir.resolve("mine.json"), "mine.json");
        open();

        assertThat(f.awaitNode("#recovery-message", Label.class).getText()).startsWith("Changes to mine.json were");
        f.robot.clickOn("Restore");

        assertThat(f.bench().document().project()).isEqualTo(crashed);
        assertThat(f.stage.getTitle()).isEqualTo("• mine.json — Rollscope");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowOpen() {
        open();
        f.robot.interact(() -> f.bench().document().select("B"));
        f.robot.clickOn("#palette-generic_l7");
        assertThat(f.bench().document().isDirty()).isTrue();

        Platform.runLater(() -> f.stage.fireEvent(new WindowEvent(f.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        f.awaitNode(".dialog-pane", Node.class);
        f.robot.clickOn("Cancel");
        assertThat(f.stage.isShowing()).isTrue();

        Platform.runLater(() -> f.stage.fireEvent(new WindowEvent(f.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        f.awaitNode(".dialog-pane", Node.class);
        f.robot.clickOn("Don't Save");
        MainWindowFixture.await(() -> !f.stage.isShowing(), "the window to close");
    }

    @Test
    void theThemeAndTheSplitPositionsAreRememberedForTheNextWindow() {
        open();
        f.robot.clickOn("#tool-theme");
        SplitPane sides = (SplitPane) f.stage.getScene().lookup(".split-pane .split-pane");
        f.robot.interact(() -> sides.setDividerPositions(0.2, 0.6));
        f.robot.interact(f.window::quit);

        MainWindowFixture again = new MainWindowFixture(dir, f.prefs).open();
        SplitPane restored = (SplitPane) again.stage.getScene().lookup(".split-pane .split-pane");

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(restored.getDividerPositions()[0]).isCloseTo(0.2, within(0.01));
        assertThat(restored.getDividerPositions()[1]).isCloseTo(0.6, within(0.01));
        assertThat(f.prefs.preferences().window()).isPresent();
        f = again;
    }

    /** Clicks the shown node with this text (menus keep unshown copies of their items). */
    private void clickShown(String text) {
        MainWindowFixture.await(() -> shown(text) != null, text);
        f.robot.clickOn(shown(text));
    }

    private Node shown(String text) {
        return f.robot.lookup(LabeledMatchers.hasText(text)).match((Node n) -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).tryQuery().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private TableView<FindingRow> findings() {
        return f.robot.lookup("#findings").queryAs(TableView.class);
    }

    private ByteSize bodyLimitOfA() {
        return f.bench().document().project().topology().hop("A").orElseThrow().get(ProxySettings.CLIENT_MAX_BODY_SIZE);
    }
}
