package dev.rollscope.app.playback;

import dev.rollscope.app.document.Editor;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.Project;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.scene.Cursor;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.FileChooser;

/**
 * The "Play" tab the main window hosts: a {@link PlaybackPane} on the window's document and
 * scenario choice, showing the window's {@link SimulationPipeline}, with canvas colours that follow the
 * window's theme, its keys active while the tab is shown, starting over when another file is
 * opened, and items for the window's View menu: Present (F5), Save Stage Picture… (PNG of the moment
 * shown, cropped) and Save Animation… (GIF of the scenario at the timeline's speed).
 */
public final class PlayTab {

    private final PlaybackPane pane;
    private final Tab tab;
    private final List<MenuItem> items;

    private PlayTab(PlaybackPane pane, Tab tab, List<MenuItem> items) {
        this.pane = pane;
        this.tab = tab;
        this.items = items;
    }

    /**
     * @param scenario the window's scenario choice
     * @param pipeline the window's simulations of its document
     * @param theme    the window's theme
     * @param opened   counts the files the window opened
     * @param examples reads a bundled example by file name (for the lessons)
     */
    public static PlayTab create(Editor editor, Property<String> scenario, SimulationPipeline pipeline,
                                 ObservableValue<Theme> theme, ObservableValue<Number> opened,
                                 Function<String, Project> examples) {
        PlaybackPane pane = new PlaybackPane(editor, scenario, pipeline, examples);
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
        MenuItem picture = new MenuItem(texts.get("picture.menu"));
        picture.setId("menu-save-picture");
        picture.setOnAction(e -> save(pane, texts, "picture.png", "png", pane::savePicture));
        MenuItem animation = new MenuItem(texts.get("animation.menu"));
        animation.setId("menu-save-animation");
        animation.setOnAction(e -> save(pane, texts, "animation.gif", "gif", f -> pane.saveAnimation(f) > 0));
        return new PlayTab(pane, tab, List.of(new SeparatorMenuItem(), present, picture, animation));
    }

    /** What a save of the stage does with the file chosen. */
    private interface Saver {
        boolean save(Path file) throws IOException;
    }

    private static void save(PlaybackPane pane, PlaybackTexts texts, String name, String extension, Saver saver) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                "*." + extension));
        File file = chooser.showSaveDialog(pane.getScene().getWindow());
        if (file == null) {
            return;
        }
        pane.getScene().setCursor(Cursor.WAIT);
        try {
            saver.save(file.toPath());
        } catch (IOException ex) {
            Alert alert = new Alert(Alert.AlertType.ERROR, texts.format("picture.failed", file, ex.getMessage()));
            alert.initOwner(pane.getScene().getWindow());
            alert.show();
        } finally {
            pane.getScene().setCursor(Cursor.DEFAULT);
        }
    }

    /** Goes on where {@code old} (this tab before the window changed language) was; {@code old} stops playing. */
    public void continueFrom(PlayTab old) {
        pane.continueFrom(old.pane);
    }

    public Tab tab() {
        return tab;
    }

    public PlaybackPane pane() {
        return pane;
    }

    /** For the View menu: Present (F5), Save Stage Picture…, Save Animation…. */
    public List<MenuItem> menuItems() {
        return items;
    }
}
