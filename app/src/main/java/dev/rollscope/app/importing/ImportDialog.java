package dev.rollscope.app.importing;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Import… (and files dropped on a hop): the {@link ImportView} in a window of its own,
 * modal to the main window so the project stays the one previewed. Apply makes the import one
 * undoable edit and closes; Cancel (Esc) closes and changes nothing.
 */
public final class ImportDialog {

    private static final double MAX_WIDTH = 1180;
    private static final double MAX_HEIGHT = 760;

    private ImportDialog() {
    }

    /**
     * Shows the dialog and returns its model.
     *
     * @param projectFile the document's file, or null
     * @param hopId       the hop to import into, or null for the selected one
     * @param files       files to start with (dropped ones), or none
     */
    public static ImportModel show(Window owner, Document document, Messages messages, Path projectFile, String hopId,
                                   List<Path> files) {
        ImportModel model = new ImportModel(document, messages, projectFile);
        if (hopId != null) {
            model.hopIdProperty().set(hopId);
        }
        model.addFiles(files);
        ImportView view = new ImportView(model, messages);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("import.title"));
        Scene scene = new Scene(view, Math.min(MAX_WIDTH, owner.getWidth() - 40),
                Math.min(MAX_HEIGHT, owner.getHeight() - 40));
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        view.applyButton().setOnAction(e -> {
            if (model.apply()) {
                stage.close();
            }
        });
        view.cancelButton().setOnAction(e -> stage.close());
        stage.setX(owner.getX() + (owner.getWidth() - scene.getWidth()) / 2);
        stage.setY(owner.getY() + (owner.getHeight() - scene.getHeight()) / 2);
        stage.show();
        return model;
    }
}
