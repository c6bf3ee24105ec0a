package dev.rollscope.app.shell;

import dev.rollscope.app.cli.InternalErrorLog;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * A bug on the window's thread: the same line as the command line's internal error (the log file
 * with the stack trace), on stderr and in a dialog, in the user's language; the window stays open.
 */
final class InternalErrorDialog {

    private InternalErrorDialog() {
    }

    /** Makes every exception the calling thread (the FX thread) does not catch show the dialog over {@code stage}. */
    static void install(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> show(stage, e));
    }

    private static void show(Stage stage, Throwable e) {
        ResourceBundle texts = ResourceBundle.getBundle("dev.rollscope.app.cli.messages");
        String line = new MessageFormat(texts.getString("internal.error"), texts.getLocale()).format(new Object[] {
            stage.getTitle(), texts.getString("internal.everyScenario"), InternalErrorLog.writeOrSay(e)});
        System.err.println(line);
        Alert alert = new Alert(Alert.AlertType.ERROR, line, ButtonType.OK);
        if (stage.getScene() != null) {
            alert.initOwner(stage);  // an owner without a scene would fail the dialog itself
        }
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(560);
        alert.showAndWait();
    }
}
