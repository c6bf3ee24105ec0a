package dev.rollscope.app.playback;

import dev.rollscope.app.document.Editor;
import dev.rollscope.app.playback.picture.AnimationFormat;
import dev.rollscope.app.playback.picture.MissingEncoderException;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.app.simulation.SimulationPipeline;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.Project;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
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
 * opened, and items for the window's View menu: Present (F5), Save Stage Picture… (PNG or SVG of the
 * moment shown, cropped) and Save Animation… (GIF, WebM or MP4 of the scenario at the timeline's speed).
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
        editor.subscriptions().onChange(opened, (obs, old, now) -> pane.session().startOver());
        MenuItem present = new MenuItem(texts.get("present.menu"));
        present.setId("menu-present");
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        present.setOnAction(e -> {
            tab.getTabPane().getSelectionModel().select(tab);
            pane.present();
        });
        MenuItem picture = new MenuItem(texts.get("picture.menu"));
        picture.setId("menu-save-picture");
        picture.setOnAction(e -> save(pane, texts, "picture", List.of("png", "svg"),
                f -> StageSaves.picture(pane, f)));
        MenuItem animation = new MenuItem(texts.get("animation.menu"));
        animation.setId("menu-save-animation");
        animation.setOnAction(e -> save(pane, texts, "animation", Arrays.stream(AnimationFormat.values())
                .map(AnimationFormat::extension).toList(),
                f -> startAnimationSave(pane, texts, f)));
        return new PlayTab(pane, tab, List.of(new SeparatorMenuItem(), present, picture, animation));
    }

    /** Starts saving the animation to the file in the background, with its progress; false when there is nothing to draw. */
    private static boolean startAnimationSave(PlaybackPane pane, PlaybackTexts texts, Path file) throws IOException {
        AnimationFormat format = AnimationFormat.of(file).orElse(AnimationFormat.GIF);
        format.requireEncoder();
        return StageSaves.animation(pane, file, format).map(save -> SaveProgress.run(pane, texts, save)).isPresent();
    }

    /** What a save of the stage does with the file chosen. */
    private interface Saver {
        boolean save(Path file) throws IOException;
    }

    /**
     * Asks for a file of one of the {@code extensions} (the first one chosen at first) and saves it;
     * a name without one of them gets the extension of the type chosen in the dialog.
     */
    private static void save(PlaybackPane pane, PlaybackTexts texts, String name, List<String> extensions,
                             Saver saver) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name + "." + extensions.get(0));
        for (String extension : extensions) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                    "*." + extension));
        }
        File chosen = chooser.showSaveDialog(pane.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path file = withExtension(chosen.toPath(), extensions, chooser.getSelectedExtensionFilter());
        pane.getScene().setCursor(Cursor.WAIT);
        try {
            saver.save(file);
        } catch (MissingEncoderException ex) {
            alert(pane, texts.format("animation.noFfmpeg", file.getFileName()));
        } catch (IOException ex) {
            alert(pane, texts.format("picture.failed", file, ex.getMessage()));
        } finally {
            pane.getScene().setCursor(Cursor.DEFAULT);
        }
    }

    /**
     * The file chosen, or, when its name ends with none of the {@code extensions}, that name with the
     * extension of the {@code type} chosen in the dialog (the first extension when none was).
     */
    static Path withExtension(Path chosen, List<String> extensions, FileChooser.ExtensionFilter type) {
        String lower = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
        if (extensions.stream().anyMatch(x -> lower.endsWith("." + x))) {
            return chosen;
        }
        String extension = type == null ? "." + extensions.get(0) : type.getExtensions().get(0).substring(1);
        return chosen.resolveSibling(chosen.getFileName() + extension);
    }

    private static void alert(PlaybackPane pane, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(pane.getScene().getWindow());
        alert.show();
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
