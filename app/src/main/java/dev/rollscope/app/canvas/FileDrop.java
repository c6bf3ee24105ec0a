package dev.rollscope.app.canvas;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Configuration files dragged from the desktop onto a hop of the canvas: accepted (as a copy)
 * only over a hop, and handed with that hop's id to the handler, which opens the import.
 */
final class FileDrop {

    private final ChainPane chain;
    private BiConsumer<String, List<Path>> handler;

    FileDrop(ChainCanvas canvas, ChainPane chain) {
        this.chain = chain;
        canvas.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (handler != null && e.getDragboard().hasFiles() && hopAt(e.getSceneX(), e.getSceneY()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        canvas.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles()) {
                e.setDropCompleted(drop(e.getDragboard().getFiles().stream().map(File::toPath).toList(),
                        e.getSceneX(), e.getSceneY()));
                e.consume();
            }
        });
    }

    void setHandler(BiConsumer<String, List<Path>> handler) {
        this.handler = handler;
    }

    /** Hands the files to the handler with the hop at the scene point. @return false when no hop is there */
    boolean drop(List<Path> files, double sceneX, double sceneY) {
        Optional<String> hop = hopAt(sceneX, sceneY);
        if (handler == null || hop.isEmpty() || files.isEmpty()) {
            return false;
        }
        handler.accept(hop.get(), files);
        return true;
    }

    /** The hop whose slot (front and card) is at a scene point. */
    Optional<String> hopAt(double sceneX, double sceneY) {
        for (HopNode n : chain.hopNodes()) {
            Point2D p = n.sceneToLocal(sceneX, sceneY);
            if (p != null && n.getLayoutBounds().contains(p)) {
                return Optional.of(n.hopId());
            }
        }
        return Optional.empty();
    }
}
