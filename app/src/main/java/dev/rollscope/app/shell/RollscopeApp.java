package dev.rollscope.app.shell;

import atlantafx.base.theme.PrimerLight;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The window: opens the file given as the first parameter (or the bundled example) and shows its
 * chain. A file that cannot be opened is reported in a dialog, over the bundled example.
 */
public final class RollscopeApp extends Application {

    /** The shell's texts, English and Simplified Chinese. */
    static final String BUNDLE = "dev.rollscope.app.shell.shell";

    /** Starts JavaFX and shows the window; returns when the window is closed. */
    public static void open(String... args) {
        Application.launch(RollscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE);
        InitialProject initial = InitialProject.load(getParameters().getRaw());
        stage.setTitle(MessageFormat.format(text.getString("window.title"), initial.source()));
        stage.setScene(new Scene(new ChainView(ChainViewModel.of(initial.project(), text), text), 1280, 420));
        stage.show();
        if (initial.error() != null) {
            FileErrorDialog.show(stage, initial.error(), text);
        }
    }
}
