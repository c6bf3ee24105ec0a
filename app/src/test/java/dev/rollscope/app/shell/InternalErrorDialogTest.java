package dev.rollscope.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Issue 20: a bug on the window's thread is said as the command line says it, one line naming the
 * window's file and the log file with the stack trace, in a dialog (in the user's language); the
 * window stays open and no stack trace is shown.
 */
class InternalErrorDialogTest {

    private static final Pattern LOG = Pattern.compile("(\\S*rollscope-internal-error-\\S*\\.log)");

    private final FxRobot robot = new FxRobot();
    private final Locale locale = Locale.getDefault();
    private Thread.UncaughtExceptionHandler before;
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void restore() {
        robot.interact(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(before);
            stage.close();
        });
        Locale.setDefault(locale);
    }

    @Test
    void aBugOnTheWindowsThreadShowsTheInternalErrorLineWithItsLogFile() throws Exception {
        String text = crashAndReadDialog(Locale.ENGLISH, true);

        assertThat(text).startsWith("rollscope: internal error (a bug in Rollscope, not a finding about the file) on "
                + "kong-service-pods.json — Rollscope").doesNotContain("at dev.rollscope");
        assertThat(text.lines()).hasSize(1);
        Matcher m = LOG.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        Path log = Path.of(m.group(1));
        assertThat(Files.readString(log)).contains("IllegalStateException: boom").contains("at dev.rollscope");
        Files.delete(log);
        assertThat(stage.isShowing()).as("the window stays open").isTrue();
    }

    /** The handler is installed before the opening window's scene exists; a bug then still gets its dialog. */
    @Test
    void aBugBeforeTheWindowHasASceneStillGetsTheDialog() throws Exception {
        String text = crashAndReadDialog(Locale.ENGLISH, false);

        Matcher m = LOG.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        assertThat(Files.readString(Path.of(m.group(1)))).contains("IllegalStateException: boom")
                .doesNotContain("NullPointerException");
        Files.delete(Path.of(m.group(1)));
    }

    @Test
    void inChineseToo() throws Exception {
        String text = crashAndReadDialog(Locale.SIMPLIFIED_CHINESE, true);

        assertThat(text).startsWith("rollscope：内部错误").contains("（全部）");
        Matcher m = LOG.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        Files.delete(Path.of(m.group(1)));
    }

    /** Shows a window (or only makes its stage) with the handler, throws on the FX thread, returns the dialog's text and closes it. */
    private String crashAndReadDialog(Locale language, boolean withScene) {
        Locale.setDefault(language);
        robot.interact(() -> {
            before = Thread.currentThread().getUncaughtExceptionHandler();
            stage = new Stage();
            stage.setTitle("kong-service-pods.json — Rollscope");
            if (withScene) {
                stage.setScene(new Scene(new StackPane(), 400, 300));
                stage.show();
            }
            InternalErrorDialog.install(stage);
        });
        Platform.runLater(() -> {
            throw new IllegalStateException("boom");
        });
        MainWindowFixture.await(() -> !robot.lookup(".dialog-pane").queryAll().isEmpty(), "the internal error dialog");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = pane.getContentText();
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
        return text;
    }
}
