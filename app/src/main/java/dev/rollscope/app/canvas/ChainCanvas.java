package dev.rollscope.app.canvas;

import dev.rollscope.app.document.UndoActions;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.palette.InsertionTarget;
import dev.rollscope.app.theme.Icons;
import dev.rollscope.app.theme.StyleClasses;
import dev.rollscope.model.topology.HopKind;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The canvas: the chain drawn left to right under the viewport's zoom and pan, a small tool bar
 * (zoom, fit, reorder, delete), a legend of instance versions, and a notice that explains a
 * refused edit. It is the palette's {@link InsertionTarget}. Keyboard: see {@link CanvasKeys}.
 * The chain is fitted to the window when the canvas is first laid out, unless fitted before.
 */
public final class ChainCanvas extends Region implements InsertionTarget {

    private static final double MARGIN = 10;

    private final CanvasModel model;
    private final Messages messages;
    private final ChainPane chain;
    private final HBox tools = new HBox();
    private final HBox legend = new HBox();
    private final Label notice = new Label();
    private final FileDrop fileDrop;
    private int hoverIndex = -1;
    private boolean fitted;

    public ChainCanvas(CanvasModel model) {
        this.model = model;
        this.messages = model.messages();
        this.chain = new ChainPane(model);
        this.fileDrop = new FileDrop(this, chain);
        createView();
        initListeners();
    }

    private void createView() {
        setId("canvas");
        getStyleClass().add(StyleClasses.CANVAS);
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        Translate pan = new Translate();
        pan.xProperty().bind(model.viewport().translateXProperty());
        pan.yProperty().bind(model.viewport().translateYProperty());
        Scale zoom = new Scale();
        zoom.xProperty().bind(model.viewport().scaleProperty());
        zoom.yProperty().bind(model.viewport().scaleProperty());
        chain.getTransforms().setAll(pan, zoom);
        tools.getStyleClass().add(StyleClasses.CANVAS_TOOLS);
        UndoActions undo = new UndoActions(model.document().commands(), messages);
        Button undoButton = tool("undo", Icons.undo(16), "action.undo.none", model::undo);
        undoButton.getTooltip().textProperty().bind(undo.undoLabelProperty());
        undoButton.disableProperty().bind(model.document().commands().canUndoProperty().not());
        Button redoButton = tool("redo", Icons.redo(16), "action.redo.none", model::redo);
        redoButton.getTooltip().textProperty().bind(undo.redoLabelProperty());
        redoButton.disableProperty().bind(model.document().commands().canRedoProperty().not());
        tools.getChildren().addAll(undoButton, redoButton,
                tool("zoom-out", Icons.zoomOut(16), "canvas.zoomOut", () -> zoomBy(1 / Viewport.STEP)),
                tool("zoom-in", Icons.zoomIn(16), "canvas.zoomIn", () -> zoomBy(Viewport.STEP)),
                tool("fit", Icons.fit(16), "canvas.fit", this::fitToWindow),
                tool("move-left", Icons.moveLeft(16), "canvas.moveLeft", () -> model.moveSelected(-1)),
                tool("move-right", Icons.moveRight(16), "canvas.moveRight", () -> model.moveSelected(1)),
                tool("delete", Icons.delete(16), "canvas.delete", model::deleteSelected));
        notice.setId("canvas-notice");
        notice.getStyleClass().add(StyleClasses.NOTICE);
        legend.getStyleClass().add(StyleClasses.LEGEND);
        legend.getChildren().addAll(swatch(StyleClasses.INSTANCE_OLD), new Label(messages.get("canvas.legend.old")),
                swatch(StyleClasses.INSTANCE_NEW), new Label(messages.get("canvas.legend.new")));
        getChildren().addAll(chain, tools, legend, notice);
    }

    private void initListeners() {
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        ViewportGesture.install(model, this);
        CanvasKeys.install(model, this);
        layoutBoundsProperty().addListener((obs, old, now) -> {
            if (!fitted && now.getWidth() > 0) {
                fitToWindow();
            }
        });
    }

    // Commands

    /** Zooms around the centre of the view. */
    public void zoomBy(double factor) {
        model.viewport().zoom(factor, getWidth() / 2, getHeight() / 2);
    }

    /** Shows the whole chain, centred. */
    public void fitToWindow() {
        fitted = true;
        applyCss();
        layout();
        model.viewport().fit(chain.chainBounds(), getWidth(), getHeight());
    }

    /** What to do with files dropped on a hop: the hop's id and the files (File → Import…). */
    public void setOnFilesDropped(BiConsumer<String, List<Path>> handler) {
        fileDrop.setHandler(handler);
    }

    /** Drops files at a scene point, as dragging them there from the desktop does. @return false when no hop is there */
    public boolean dropFiles(List<Path> files, double sceneX, double sceneY) {
        return fileDrop.drop(files, sceneX, sceneY);
    }

    HopNode nodeOf(String hopId) {
        return chain.node(hopId);
    }

    // InsertionTarget

    @Override
    public boolean hover(HopKind kind, double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (local == null || !getLayoutBounds().contains(local)) {
            leave();
            return false;
        }
        Point2D at = model.viewport().toChain(local.getX(), local.getY());
        hoverIndex = chain.indexAt(at.getX(), null);
        chain.showMarker(hoverIndex);
        return true;
    }

    @Override
    public void drop(HopKind kind, double sceneX, double sceneY) {
        int index = hoverIndex;
        leave();
        if (index >= 0) {
            model.insert(index, kind);
        }
        requestFocus();
    }

    @Override
    public void leave() {
        hoverIndex = -1;
        chain.showMarker(-1);
    }

    @Override
    public void insert(HopKind kind) {
        model.insertNearSelection(kind);
    }

    @Override
    protected void layoutChildren() {
        chain.autosize();
        tools.autosize();
        tools.relocate(getWidth() - tools.getWidth() - MARGIN, MARGIN);
        legend.autosize();
        legend.relocate(getWidth() - legend.getWidth() - MARGIN, getHeight() - legend.getHeight() - MARGIN);
        double noticeWidth = Math.max(0, getWidth() - legend.getWidth() - 3 * MARGIN);
        notice.resize(noticeWidth, notice.prefHeight(noticeWidth));
        notice.relocate(MARGIN, getHeight() - notice.getHeight() - MARGIN);
    }

    private Button tool(String id, Node icon, String tooltipKey, Runnable action) {
        Button b = new Button(null, icon);
        b.setOnAction(e -> action.run());
        b.setId(id);
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(messages.get(tooltipKey)));
        b.setFocusTraversable(false);
        return b;
    }

    private static Node swatch(String styleClass) {
        Rectangle r = new Rectangle(11, 11);
        r.setArcWidth(3);
        r.setArcHeight(3);
        r.getStyleClass().add(styleClass);
        return r;
    }
}
