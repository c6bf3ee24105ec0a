package dev.rollscope.app.shell;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: one {@link MainWindow} with the current user's settings, opening the
 * file named by the first parameter (or the bundled example).
 */
public final class RollscopeApp extends Application {

    /** Starts JavaFX and shows the window; returns when the window is closed. */
    public static void open(String... args) {
        Application.launch(RollscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow.open(stage, ShellSettings.forCurrentUser(), getParameters().getRaw());
    }
}
