package dev.rollscope.app;

import dev.rollscope.app.canvas.CanvasModel;
import dev.rollscope.app.canvas.ChainCanvas;
import dev.rollscope.app.document.Document;
import dev.rollscope.app.document.Editor;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.inspector.InspectorModel;
import dev.rollscope.app.inspector.InspectorView;
import dev.rollscope.app.palette.PaletteView;
import dev.rollscope.app.theme.Theme;
import dev.rollscope.model.Project;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/** The designer's views side by side (palette, canvas, inspector) as the shell will place them, for tests. */
public final class DesignerFixture {

    public final Document document;
    public final Editor editor;
    public final CanvasModel canvasModel;
    public final ChainCanvas canvas;
    public final InspectorModel inspectorModel;
    public final InspectorView inspector;
    public final PaletteView palette;
    public final BorderPane root;

    private final Locale locale;

    public DesignerFixture(Project project, Locale locale) {
        this.locale = locale;
        Messages messages = Messages.of(locale);
        document = new Document(project);
        editor = new Editor(document, messages);
        canvasModel = new CanvasModel(editor);
        canvas = new ChainCanvas(canvasModel);
        inspectorModel = new InspectorModel(editor);
        inspector = new InspectorView(inspectorModel, messages);
        palette = new PaletteView(messages, canvas);
        palette.setPrefWidth(190);
        SplitPane split = new SplitPane(canvas, inspector);
        split.setDividerPositions(0.69);
        root = new BorderPane(split);
        root.setLeft(palette);
    }

    /** A scene of the given size with the theme applied. */
    public Scene scene(Theme theme, double width, double height) {
        Scene scene = new Scene(root, width, height);
        theme.apply(scene, locale);
        return scene;
    }
}
