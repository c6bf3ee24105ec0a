package dev.rollscope.app.shell;

import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Tells the user that the file they asked for could not be opened, with its one-line error. */
final class FileErrorDialog {

    static final String MESSAGE_ID = "file-error-message";

    private FileErrorDialog() {
    }

    static void show(Window owner, String message, ResourceBundle text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(text.getString("error.title"));
        alert.setHeaderText(text.getString("error.header"));
        Label content = new Label(message);
        content.setId(MESSAGE_ID);
        content.setWrapText(true);
        alert.getDialogPane().setContent(content);
        alert.show();
    }
}
