package dev.rollscope.app.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * A {@link SaveTarget} that asks with the platform's save dialog, filtered to the file type, in the
 * project file's folder and with the name the model offers for what is chosen now.
 */
final class FileChooserTarget implements SaveTarget {

    private final Window owner;
    private final ExportViewModel model;

    FileChooserTarget(Window owner, ExportViewModel model) {
        this.owner = owner;
        this.model = model;
    }

    @Override
    public Optional<Path> ask(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(model.fileName(extension));
        Path folder = model.folder();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
