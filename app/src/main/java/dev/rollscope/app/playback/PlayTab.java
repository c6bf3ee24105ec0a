package dev.rollscope.app.playback;

import atlantafx.base.theme.PrimerDark;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.playback.view.Palette;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Tab;

/**
 * The "Play" tab the main window hosts: a {@link PlaybackPane} on the window's document and
 * scenario choice, simulating on its own daemon thread, with canvas colours that follow the theme
 * (the theme is applied by replacing the scene's stylesheets, so the tab looks again then).
 */
public final class PlayTab {

    private static final String DARK = new PrimerDark().getUserAgentStylesheet();

    private PlayTab() {
    }

    /** @param scenario the window's scenario choice */
    public static Tab create(Editor editor, Property<String> scenario) {
        PlaybackPane pane = new PlaybackPane(editor, scenario, worker());
        pane.sceneProperty().addListener((obs, old, scene) -> followTheme(pane, scene));
        Tab tab = new Tab(new PlaybackTexts(editor.messages()).get("tab.play"), pane);
        tab.setId("tab-play");
        tab.setClosable(false);
        return tab;
    }

    private static void followTheme(PlaybackPane pane, Scene scene) {
        if (scene == null) {
            return;
        }
        Runnable look = () -> pane.paletteProperty().set(DARK.equals(Application.getUserAgentStylesheet())
                ? Palette.DARK : Palette.LIGHT);
        scene.getStylesheets().addListener((ListChangeListener<String>) c -> look.run());
        look.run();
    }

    private static ExecutorService worker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rollscope-playback");
            t.setDaemon(true);
            return t;
        });
    }
}
