package dev.rollscope.app.playback;

import dev.rollscope.app.playback.teach.TeachingModel;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.app.playback.view.PlaybackCanvas;
import dev.rollscope.app.playback.view.TimelineBar;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The presentation: a full-screen window with only the stage (drawn {@link #ZOOM} times larger),
 * the caption and the timeline, in large type, on the same playback as the Play tab. Keys: those of
 * {@link PlaybackKeys}; Esc ends it.
 */
public final class Presentation {

    /** How much larger the stage is drawn than on the Play tab. */
    public static final double ZOOM = 1.5;
    private static final String LARGE_TYPE = "-fx-font-size: 22px;";

    private final Stage stage = new Stage();
    private final PlaybackKeys keys;

    private Presentation(PlaybackModel model, TeachingModel teaching, Palette palette, Window owner) {
        this.keys = new PlaybackKeys(model);
        PlaybackCanvas canvas = new PlaybackCanvas(model);
        canvas.setId("present-canvas");
        canvas.zoomProperty().set(ZOOM);
        canvas.paletteProperty().set(palette);
        Label caption = new Label();
        caption.setId("present-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.textProperty().bind(Bindings.when(teaching.captionProperty().isEmpty())
                .then(model.noticeProperty()).otherwise(teaching.captionProperty()));
        TimelineBar bar = new TimelineBar(model);
        bar.paletteProperty().set(palette);
        VBox bottom = new VBox(8, caption, bar);
        bottom.setPadding(new Insets(8, 16, 12, 16));
        BorderPane root = new BorderPane(canvas, null, null, bottom, null);
        root.setStyle(LARGE_TYPE);
        Scene scene = new Scene(root, owner.getWidth(), owner.getHeight());
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.initOwner(owner);
        stage.setScene(scene);
        stage.setTitle(model.texts().get("present.title"));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
    }

    /** Opens a presentation of {@code model} over {@code owner}'s screen. */
    public static Presentation open(PlaybackModel model, TeachingModel teaching, Palette palette, Window owner) {
        Presentation p = new Presentation(model, teaching, palette, owner);
        p.stage.show();
        p.stage.requestFocus();
        return p;
    }

    public Stage stage() {
        return stage;
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        stage.close();
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        } else if (keys.handle(e.getCode())) {
            e.consume();
        }
    }
}
