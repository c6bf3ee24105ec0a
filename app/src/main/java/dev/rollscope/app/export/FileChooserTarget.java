package dev.rollscope.app.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** A {@link SaveTarget} that asks with the platform's save dialog, filtered to the file type. */
final class FileChooserTarget implements SaveTarget {

    private final Window owner;
    private final String baseName;

    FileChooserTarget(Window owner, String baseName) {
        this.owner = owner;
        this.baseName = baseName;
    }

    @Override
    public Optional<Path> ask(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(baseName + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
