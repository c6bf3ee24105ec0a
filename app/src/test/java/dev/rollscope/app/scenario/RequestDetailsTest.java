package dev.rollscope.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The chosen request's editors in the scenario panel, typed into, on abcd-defaults' "roll C"
 * (requests POST-50MB, body 50MB, and GET).
 */
@ExtendWith(ApplicationExtension.class)
class RequestDetailsTest {

    private Document document;

    @Start
    void start(Stage stage) {
        document = PanelStage.show(stage, Locale.ENGLISH, 780);
    }

    private RequestSpec post() {
        return document.project().scenario("roll C").orElseThrow().request("POST-50MB").orElseThrow();
    }

    /** Chooses POST-50MB and opens the client profile. */
    private void choosePost(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#scenario-requests").queryAs(ListView.class).getSelectionModel().select(0);
            robot.lookup("#details-client").queryAs(TitledPane.class).setExpanded(true);
        });
    }

    /** Puts the keyboard focus on a control, as Tab would, wherever the panel is scrolled. */
    private void focus(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        robot.interact(n::requestFocus);
    }

    private void type(FxRobot robot, String id, String text) {
        focus(robot, id);
        robot.write(text);
    }

    @Test
    void anUploadPauseTypedAndEnteredIsSetAndUndone(FxRobot robot) {
        choosePost(robot);
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText()).isEqualTo("Request POST-50MB");

        type(robot, "#client-up-pause-at", "10MB");
        robot.type(KeyCode.TAB).write("75s").type(KeyCode.ENTER);

        assertThat(post().client().uploadPause()).isEqualTo(new ClientBehaviour.Pause(ByteSize.ofMegabytes(10),
                TimeSpan.ofSeconds(75)));
        robot.interact(() -> document.commands().undo());
        assertThat(post().client()).isEqualTo(ClientBehaviour.NONE);
        assertThat(robot.lookup("#client-up-pause-at").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#scenario-requests").queryAs(ListView.class).getSelectionModel().getSelectedIndex())
                .isZero();
    }

    @Test
    void aPauseBeyondTheBodyShowsTheModelsReasonAndChangesNothing(FxRobot robot) {
        choosePost(robot);

        type(robot, "#client-up-pause-at", "60MB");
        robot.type(KeyCode.TAB).write("5s");
        focus(robot, "#client-apply");
        robot.type(KeyCode.SPACE);

        Label reason = robot.lookup("#client-reason").queryAs(Label.class);
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).isEqualTo("Refused: request POST-50MB: client uploadPause at 60MB must lie inside "
                + "the body (50MB)");
        assertThat(post().client()).isEqualTo(ClientBehaviour.NONE);
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void aGcsUploadIsChosenAndItsChunkTyped(FxRobot robot) {
        choosePost(robot);
        robot.interact(() -> robot.lookup("#details-resumable").queryAs(TitledPane.class).setExpanded(true));
        @SuppressWarnings("unchecked")
        ComboBox<ResumableUpload.Protocol> protocol = robot.lookup("#resumable-protocol").queryAs(ComboBox.class);
        robot.interact(() -> protocol.setValue(ResumableUpload.Protocol.GCS));
        TextField chunk = robot.lookup("#resumable-chunk").queryAs(TextField.class);
        assertThat(chunk.getPromptText()).isEqualTo("16MiB");
        assertThat(robot.lookup("#resumable-delays").queryAs(TextField.class).isDisabled()).isTrue();

        type(robot, "#resumable-chunk", "8MiB");
        robot.type(KeyCode.ENTER);

        assertThat(post().resumable()).isEqualTo(new ResumableUpload(ResumableUpload.Protocol.GCS,
                ByteSize.ofBytes(8L << 20), null, null, null));
        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.ENGLISH)))
                .isEqualTo("change of the resumable upload of POST-50MB");
    }

    @Test
    void withoutAChosenRequestTheEditorsAreDisabled(FxRobot robot) {
        assertThat(robot.lookup("#details-client").queryAs(TitledPane.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#details-title").queryAs(Label.class).getText())
                .isEqualTo("Choose a request in the list above.");
    }
}
