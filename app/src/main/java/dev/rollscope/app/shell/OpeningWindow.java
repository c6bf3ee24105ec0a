package dev.rollscope.app.shell;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.Fonts;
import dev.rollscope.app.theme.Theme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontSmoothingType;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * What the window shows while the main window is built: at its place and size, titled with the
 * requested file's name as the main window will be, in the user's theme, one line "Opening
 * {name}…". It has no control and no stylesheet (JavaFX loads a theme's stylesheet in a few hundred
 * milliseconds): a text in the theme's colours and font size on its background, so the window is on
 * the screen at once, looking as it will; the main window then replaces its scene.
 */
final class OpeningWindow {

    private OpeningWindow() {
    }

    /** Shows {@code stage} as the opening window for the document named {@code name}. */
    static void show(Stage stage, ShellSettings settings, Messages messages, String name) {
        WindowState.restore(stage, settings.preferences());
        Theme theme = settings.preferences().theme();
        Text opening = new Text(messages.format("window.opening", name));
        opening.setId("opening");
        opening.setFont(Fonts.familyFor(messages.locale()).map(family -> Font.font(family, Theme.FONT_SIZE))
                .orElseGet(() -> Font.font(Theme.FONT_SIZE)));
        opening.setFill(theme.foreground());
        opening.setFontSmoothingType(FontSmoothingType.GRAY);
        Scene scene = new Scene(new StackPane(opening), stage.getWidth(), stage.getHeight(), theme.background());
        stage.setTitle(messages.format("window.title", name));
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Runs {@code then} on the FX thread once the first frame of {@code scene} is on the screen. JavaFX's
     * software renderer (used where there is no GPU, as under Xvfb) hands each rendered frame to the window
     * on the FX thread, so long work queued right after the first frame's layout keeps the window blank
     * until it ends. So a second frame is asked for (the fill changed by an invisible amount): its rendering
     * comes after the first's, and {@code then} is queued after the pulse that rendered it.
     */
    static void afterShown(Scene scene, Runnable then) {
        afterFirstFrame(scene, () -> {
            scene.setFill(((Color) scene.getFill()).deriveColor(0, 1, 1, 0.999));
            afterFirstFrame(scene, () -> Platform.runLater(then));
        });
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
