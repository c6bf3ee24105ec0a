package dev.rollscope.app.playback;

import dev.rollscope.app.playback.picture.AnimationSave;
import dev.rollscope.app.playback.picture.MissingEncoderException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/**
 * An animation being saved: a dialog with its progress and Cancel, while the window stays usable;
 * when the save fails, why, and when it is cancelled, nothing (the old file is kept).
 */
final class SaveProgress {

    private SaveProgress() {
    }

    /** Starts the save on a thread of its own and shows its progress until it ends. */
    static Dialog<Void> run(PlaybackPane pane, PlaybackTexts texts, AnimationSave save) {
        ProgressBar bar = new ProgressBar();
        bar.setId("save-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(save.progressProperty());
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(pane.getScene().getWindow());
        dialog.setTitle(texts.get("animation.menu"));
        dialog.getDialogPane().setContent(new VBox(8, new Label(texts.format("animation.saving",
                save.file().getFileName())), bar));
        dialog.getDialogPane().setPrefWidth(420);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            save.cancel();
            return null;
        });
        save.setOnSucceeded(e -> dialog.close());
        save.setOnCancelled(e -> dialog.close());
        save.setOnFailed(e -> {
            dialog.close();
            Throwable why = save.getException();
            Alert alert = new Alert(Alert.AlertType.ERROR, why instanceof MissingEncoderException
                    ? texts.format("animation.noFfmpeg", save.file().getFileName())
                    : texts.format("picture.failed", save.file(), why.getMessage()));
            alert.initOwner(pane.getScene().getWindow());
            alert.show();
        });
        Thread worker = new Thread(save, "rollscope-save-animation");
        worker.setDaemon(true);
        worker.start();
        dialog.show();
        return dialog;
    }
}
