package dev.rollscope.app.shell;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.io.ProjectFileException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The {@link DialogService} of the main window: JavaFX alerts and file choosers owned by the
 * window, in the user's language. Dialog content nodes have ids ({@code file-error-*},
 * {@code recovery-message}) for tests.
 */
final class FxDialogs implements DialogService {

    private final Window owner;
    private Messages m;

    FxDialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.m = messages;
    }

    /** Speaks {@code next}'s language from now on. */
    void speak(Messages next) {
        m = next;
    }

    @Override
    public SaveChoice askToSave(String documentName) {
        ButtonType save = new ButtonType(m.get("dialog.save.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(m.get("dialog.save.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, m.format("dialog.save.header", documentName),
                m.get("dialog.save.content"), save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser chooser = chooser("dialog.open.title", folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser("dialog.saveAs.title", folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public void showFileError(ProjectFileException error) {
        GridPane where = new GridPane();
        where.setHgap(12);
        where.setVgap(6);
        int row = 0;
        where.addRow(row++, new Label(m.get("dialog.fileError.file")), value("file-error-file", error.file()));
        if (error.line() > 0) {
            where.addRow(row++, new Label(m.get("dialog.fileError.at")), value("file-error-at",
                    m.format("dialog.fileError.lineColumn", error.line(), error.column())));
            where.addRow(row++, new Label(m.get("dialog.fileError.field")), value("file-error-field", error.path()));
        }
        where.addRow(row, new Label(m.get("dialog.fileError.problem")), value("file-error-problem", error.detail(m.locale())));
        Alert alert = alert(Alert.AlertType.ERROR, m.get("dialog.fileError.header"), null, ButtonType.OK);
        alert.getDialogPane().setContent(where);
        alert.showAndWait();
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, m.get("dialog.error.header"), message, ButtonType.OK).showAndWait();
    }

    @Override
    public boolean offerRecovery(RecoveredProject recovered) {
        ButtonType restore = new ButtonType(m.get("dialog.recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(m.get("dialog.recovery.discard"), ButtonBar.ButtonData.NO);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(m.locale())
                .format(recovered.savedAt().atZone(ZoneId.systemDefault()));
        Alert alert = alert(Alert.AlertType.CONFIRMATION, m.get("dialog.recovery.header"), null, restore, discard);
        Label text = value("recovery-message", m.format("dialog.recovery.content", recovered.name(), when));
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        return alert.showAndWait().orElse(discard) == restore;
    }

    private Alert alert(Alert.AlertType type, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content == null ? "" : content, buttons);
        alert.initOwner(owner);
        alert.setTitle(m.get("app.name"));
        alert.setHeaderText(header);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return alert;
    }

    private FileChooser chooser(String titleKey, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(titleKey));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(m.get("dialog.filter.rollscope"),
                "*.json"), new FileChooser.ExtensionFilter(m.get("dialog.filter.all"), "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private static Label value(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(520);
        return l;
    }
}
