package dev.rollscope.app.shell;

import dev.rollscope.app.i18n.Messages;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * What the window shows while the main window is built: at its place and size, titled with the
 * requested file's name as the main window will be, in the user's theme, one line "Opening
 * {name}…". It costs a few nodes, so the window is on the screen at once; the main window then
 * replaces its scene.
 */
final class OpeningWindow {

    private OpeningWindow() {
    }

    /** Shows {@code stage} as the opening window for the document named {@code name}. */
    static void show(Stage stage, ShellSettings settings, Messages messages, String name) {
        WindowState.restore(stage, settings.preferences());
        Label opening = new Label(messages.format("window.opening", name));
        opening.setId("opening");
        Scene scene = new Scene(new StackPane(opening), stage.getWidth(), stage.getHeight());
        settings.preferences().theme().apply(scene, messages.locale());
        stage.setTitle(messages.format("window.title", name));
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Runs {@code then} on the FX thread once {@code scene} has been laid out for its first frame
     * (its rendering goes on meanwhile on the render thread).
     */
    static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable once = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (!done) {
                    done = true;
                    Platform.runLater(() -> {
                        scene.removePostLayoutPulseListener(this);
                        then.run();
                    });
                }
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }
}
