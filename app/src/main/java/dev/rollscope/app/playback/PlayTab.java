package dev.rollscope.app.playback;

import dev.rollscope.app.document.Editor;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.Project;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.concurrent.Executors;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/**
 * The "Play" tab the main window hosts: a {@link PlaybackPane} on the window's document and
 * scenario choice, simulating on its own daemon thread, with canvas colours that follow the
 * window's theme, its keys active while the tab is shown, starting over when another file is
 * opened, and a "Present" item (F5) for the window's View menu.
 */
public final class PlayTab {

    private final PlaybackPane pane;
    private final Tab tab;
    private final MenuItem present;

    private PlayTab(PlaybackPane pane, Tab tab, MenuItem present) {
        this.pane = pane;
        this.tab = tab;
        this.present = present;
    }

    /**
     * @param scenario the window's scenario choice
     * @param theme    the window's theme
     * @param opened   counts the files the window opened
     * @param examples reads a bundled example by file name (for the lessons)
     */
    public static PlayTab create(Editor editor, Property<String> scenario, ObservableValue<Theme> theme,
                                 ObservableValue<Number> opened, Function<String, Project> examples) {
        PlaybackPane pane = new PlaybackPane(editor, scenario, worker(), examples);
        PlaybackTexts texts = new PlaybackTexts(editor.messages());
        Tab tab = new Tab(texts.get("tab.play"), pane);
        tab.setId("tab-play");
        tab.setClosable(false);
        pane.keysActiveProperty().bind(tab.selectedProperty());
        pane.paletteProperty().bind(theme.map(t -> t == Theme.DARK ? Palette.DARK : Palette.LIGHT));
        opened.addListener((obs, old, now) -> pane.session().startOver());
        MenuItem present = new MenuItem(texts.get("present.menu"));
        present.setId("menu-present");
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        present.setOnAction(e -> {
            tab.getTabPane().getSelectionModel().select(tab);
            pane.present();
        });
        return new PlayTab(pane, tab, present);
    }

    public Tab tab() {
        return tab;
    }

    public PlaybackPane pane() {
        return pane;
    }

    /** View → Present (F5). */
    public MenuItem presentItem() {
        return present;
    }

    private static ExecutorService worker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rollscope-playback");
            t.setDaemon(true);
            return t;
        });
    }
}
