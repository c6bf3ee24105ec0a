package dev.rollscope.app.shell;

import dev.rollscope.app.playback.PlayTab;
import dev.rollscope.app.cli.InternalErrorLog;
import dev.rollscope.app.desktop.HandoffServer;
import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFileException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

/**
 * The JavaFX application: one {@link MainWindow} with the current user's settings, opening the
 * file named by the first parameter (or the bundled example), with the Play tab beside Design; files
 * later launches hand over open in it.
 */
public final class RollscopeApp extends Application {

    private static volatile HandoffServer handoffs;

    /**
     * Starts JavaFX and shows the window; returns when the window is closed.
     *
     * @param server where later launches hand over their files, or null when this window is on its own
     */
    public static void open(HandoffServer server, String... args) {
        handoffs = server;
        Application.launch(RollscopeApp.class, args);
    }

    /**
     * Also makes the user's language the default locale, so the texts JavaFX and ControlsFX bring
     * (dialog buttons, the inspector's search prompt) follow the language preference.
     */
    @Override
    public void start(Stage stage) {
        ShellSettings settings = ShellSettings.forCurrentUser();
        Locale.setDefault(settings.locale());
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> internalError(stage, e));
        MainWindow window = MainWindow.open(stage, settings, getParameters().getRaw());
        addPlayTab(window);
        if (handoffs != null) {
            window.acceptHandoffs(handoffs);
        }
    }

    private static Project example(String name) {
        try {
            return Examples.read(name);
        } catch (ProjectFileException e) {
            throw new IllegalStateException("the build bundled a bad example: " + e.getMessage(), e);
        }
    }

    /** Adds the Play tab to the window, and its items to the View menu. */
    public static PlayTab addPlayTab(MainWindow window) {
        Workbench bench = window.workbench();
        PlayTab play = PlayTab.create(bench.editor(), bench.scenarios().selectedProperty(), bench.pipeline(),
                window.themeProperty(), bench.session().openedProperty(), RollscopeApp::example);
        window.addCentreTab(play.tab());
        window.addViewMenuItems(play.menuItems().toArray(MenuItem[]::new));
        return play;
    }

    /**
     * A bug on the window's thread: the same line as the command line's internal error (the log file
     * with the stack trace), in a dialog; the window stays open.
     */
    private static void internalError(Stage stage, Throwable e) {
        ResourceBundle texts = ResourceBundle.getBundle("dev.rollscope.app.cli.messages");
        String line = new MessageFormat(texts.getString("internal.error"), texts.getLocale()).format(new Object[] {
            stage.getTitle(), texts.getString("internal.everyScenario"), InternalErrorLog.writeOrSay(e)});
        System.err.println(line);
        Alert alert = new Alert(Alert.AlertType.ERROR, line, ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(560);
        alert.showAndWait();
    }
}
