package dev.rollscope.app.export;

import dev.rollscope.app.preferences.UserPreferences;
import dev.rollscope.app.theme.Fonts;
import dev.rollscope.model.Project;
import dev.rollscope.model.export.ExportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Font;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Export: the options of the command line's {@code export mermaid} (scenario, request or
 * the whole scenario, load balancers, numbering, language, detail), a live preview of the Mermaid
 * text beside the diagram Mermaid renders of it ({@link DiagramPreview}), and buttons to copy the
 * text, save it as .mmd, save the Markdown report (.md), save the rendered diagram as SVG or PNG,
 * save the chain as SVG (drawn from the model) or the canvas as PNG (a snapshot of the canvas node);
 * Close or Esc closes it. The view binds to an
 * {@link ExportViewModel}; where to save is asked through a {@link SaveTarget}.
 */
public final class ExportDialog extends BorderPane {

    static final String PREVIEW_ID = "export-preview";
    static final String CLOSE_ID = "export-close";
    static final String ACTIONS_ID = "export-actions";
    private static final double PNG_SCALE = 2;
    private static final String WHOLE_SCENARIO = "";
    private static final String MONO_CJK = "Noto Sans Mono CJK SC";

    private final ExportViewModel model;
    private final ResourceBundle text;
    private final SaveTarget target;
    private final Node canvas;
    private final Label status = new Label();
    private final DiagramPreview diagram = new DiagramPreview();

    ExportDialog(ExportViewModel model, ResourceBundle text, SaveTarget target, Node canvas) {
        this.model = model;
        this.text = text;
        this.target = target;
        this.canvas = canvas;
        createView();
    }

    /**
     * Opens the dialog over {@code owner} for the project, starting on the named scenario and
     * request (or the first scenario and the whole of it), in the app's language. Files are offered
     * next to the project file (when it has one) and named after it. The PNG button is offered when
     * a canvas node is given.
     */
    public static void show(Window owner, Project project, Path projectFileOrNull, String scenarioName,
                            String requestIdOrNull, Node canvasOrNull) {
        UserPreferences preferences = UserPreferences.forCurrentUser();
        Locale locale = preferences.language().resolve(Locale.getDefault());
        ResourceBundle text = ResourceBundle.getBundle("dev.rollscope.app.export.export", locale);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(text.getString("title"));
        ExportViewModel model = new ExportViewModel(project, projectFileOrNull, scenarioName, requestIdOrNull, locale);
        SaveTarget files = new FileChooserTarget(stage, model);
        Scene scene = new Scene(new ExportDialog(model, text, files, canvasOrNull), 1000, 680);
        preferences.theme().apply(scene, locale);
        stage.setScene(scene);
        stage.show();
    }

    private void createView() {
        setPadding(new Insets(12));
        setLeft(options());
        TextArea preview = new TextArea();
        preview.setId(PREVIEW_ID);
        preview.setEditable(false);
        preview.setStyle("-fx-font-family: \"" + previewFont() + "\";");
        preview.textProperty().bind(model.previewProperty());
        diagram.show(model.previewProperty().get());
        model.previewProperty().addListener((o, a, text) -> diagram.show(text));
        SplitPane centre = new SplitPane(preview, diagram.withSizeToggle(text.getString("diagram.actualSize"),
                text.getString("diagram.actualSize.tooltip")));
        centre.setDividerPositions(0.4);
        BorderPane.setMargin(centre, new Insets(0, 0, 0, 12));
        setCenter(centre);
        status.textProperty().bind(model.problemProperty());
        setBottom(buttons());
    }

    /** A monospaced family that also has Chinese glyphs when one is installed: names may be in any script. */
    private static String previewFont() {
        List<String> installed = Font.getFamilies();
        if (installed.contains(MONO_CJK)) {
            return MONO_CJK;
        }
        return Fonts.familyFor(Locale.SIMPLIFIED_CHINESE).orElse("monospace");
    }

    private GridPane options() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ComboBox<String> scenarios = ExportControls.choice("export-scenario", model.scenarios(),
                model.scenarioProperty(), s -> s);
        ComboBox<String> requests = requestChoice();
        CheckBox lbs = ExportControls.check("export-lbs", text.getString("option.lbs"), model.showLoadBalancersProperty());
        CheckBox numbers = ExportControls.check("export-autonumber", text.getString("option.autonumber"),
                model.autonumberProperty());
        ComboBox<Locale> language = ExportControls.choice("export-language",
                FXCollections.observableArrayList(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE),
                model.languageProperty(), l -> text.getString("language." + l.getLanguage()));
        ComboBox<ExportOptions.Detail> detail = ExportControls.choice("export-detail",
                FXCollections.observableArrayList(ExportOptions.Detail.values()),
                model.detailProperty(), d -> text.getString("detail." + d.name()));
        grid.addColumn(0, new Label(text.getString("option.scenario")), new Label(text.getString("option.request")),
                new Label(text.getString("option.language")), new Label(text.getString("option.detail")));
        grid.addColumn(1, scenarios, requests, language, detail);
        grid.add(lbs, 0, 4, 2, 1);
        grid.add(numbers, 0, 5, 2, 1);
        return grid;
    }

    /**
     * The request to draw: the empty string (no request id can be empty) stands for the whole
     * scenario, which the model holds as null.
     */
    private ComboBox<String> requestChoice() {
        ObservableList<String> items = FXCollections.observableArrayList(WHOLE_SCENARIO);
        items.addAll(model.requests());
        model.requests().addListener((ListChangeListener<String>) c -> {
            items.setAll(WHOLE_SCENARIO);
            items.addAll(model.requests());
        });
        ObjectProperty<String> selected = new SimpleObjectProperty<>(orWhole(model.requestProperty().get()));
        model.requestProperty().addListener((o, a, b) -> selected.set(orWhole(b)));
        selected.addListener((o, a, b) -> model.requestProperty().set(b == null || b.isEmpty() ? null : b));
        return ExportControls.choice("export-request", items, selected,
                r -> r == null || r.isEmpty() ? text.getString("request.all") : r);
    }

    private static String orWhole(String requestId) {
        return requestId == null ? WHOLE_SCENARIO : requestId;
    }

    private HBox buttons() {
        Button copy = ExportControls.button("export-copy", text.getString("button.copy"), this::copy);
        Button mmd = ExportControls.button("export-save-mmd", text.getString("button.mmd"),
                () -> save("mmd", model::saveMermaid));
        Button md = ExportControls.button("export-save-md", text.getString("button.md"),
                () -> save("md", model::saveReport));
        Button svg = ExportControls.button("export-save-svg", text.getString("button.svg"),
                () -> save("svg", model::saveSvg));
        Button png = ExportControls.button("export-save-png", text.getString("button.png"),
                () -> save("png", f -> NodePng.write(canvas, f)));
        png.setDisable(canvas == null);
        Button diagramSvg = ExportControls.button("export-save-diagram-svg", text.getString("button.diagramSvg"),
                () -> save("save.diagramSvg", "svg", f -> Files.writeString(f, diagram.svgProperty().get(),
                        StandardCharsets.UTF_8)));
        Button diagramPng = ExportControls.button("export-save-diagram-png", text.getString("button.diagramPng"),
                this::saveDiagramPng);
        for (Button b : new Button[] {diagramSvg, diagramPng}) {
            b.disableProperty().bind(diagram.svgProperty().isEmpty());
        }
        for (Button b : new Button[] {copy, mmd, md}) {
            b.disableProperty().bind(model.previewProperty().isEmpty());
        }
        Button close = ExportControls.button(CLOSE_ID, text.getString("button.close"),
                () -> getScene().getWindow().hide());
        close.setCancelButton(true);
        // The buttons wrap onto a second row when the window is narrow, rather than shrink to "…".
        FlowPane actions = new FlowPane(8, 8, copy, mmd, md, diagramSvg, diagramPng, svg, png, status);
        actions.setId(ACTIONS_ID);
        HBox.setHgrow(actions, Priority.ALWAYS);
        HBox box = new HBox(8, actions, close);
        box.setAlignment(Pos.BOTTOM_LEFT);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    /** The rendered diagram at twice its size, written once the WebView has drawn it. */
    private void saveDiagramPng() {
        target.ask(text.getString("save.diagramPng"), "png").ifPresent(file -> diagram.png(PNG_SCALE)
                .whenComplete((bytes, problem) -> Platform.runLater(() -> {
                    status.textProperty().unbind();
                    try {
                        if (problem != null) {
                            throw new IOException(problem.getMessage(), problem);
                        }
                        Files.write(file, bytes);
                        status.setText(MessageFormat.format(text.getString("status.saved"), file));
                    } catch (IOException e) {
                        status.setText(MessageFormat.format(text.getString("status.failed"), file, e.getMessage()));
                    }
                })));
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.previewProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
        status.textProperty().unbind();
        status.setText(text.getString("status.copied"));
    }

    /** Something that writes a file. */
    @FunctionalInterface
    private interface Writer {
        void write(Path file) throws IOException;
    }

    private void save(String extension, Writer writer) {
        save("save." + extension, extension, writer);
    }

    private void save(String title, String extension, Writer writer) {
        target.ask(text.getString(title), extension).ifPresent(file -> {
            status.textProperty().unbind();
            try {
                writer.write(file);
                status.setText(MessageFormat.format(text.getString("status.saved"), file));
            } catch (IOException | RuntimeException e) {
                status.setText(MessageFormat.format(text.getString("status.failed"), file, e.getMessage()));
            }
        });
    }
}
