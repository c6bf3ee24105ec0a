package dev.rollscope.app.importing;

import atlantafx.base.theme.Styles;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.StyleClasses;
import dev.rollscope.model.importing.ConfigKind;
import dev.rollscope.model.importing.ReportLine;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The import dialog's content: the choices on top (kind, hop, files, and the request path or
 * object name), then the preview: the summary (or why nothing can be applied), every line of the
 * import report with its status, file:line, the name in the file and what was done, and the
 * hop's values that change, old → new; Apply and Cancel below. It binds to an {@link ImportModel}.
 */
public final class ImportView extends BorderPane {

    private final ImportModel model;
    private final Messages m;
    private final Label filesLabel = new Label();
    private final Label message = new Label();
    private final TableView<ImportPreview.Row> report = new TableView<>();
    private final TableView<ImportPreview.Change> changes = new TableView<>();
    private final Button apply = new Button();
    private final Button cancel = new Button();

    public ImportView(ImportModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        createView();
        initListeners();
        show(model.previewProperty().get());
    }

    public Button applyButton() {
        return apply;
    }

    public Button cancelButton() {
        return cancel;
    }

    private void createView() {
        setId("import");
        setPadding(new Insets(12));
        ChoiceBox<ConfigKind> kind = new ChoiceBox<>();
        kind.setId("import-kind");
        kind.getItems().setAll(ConfigKind.values());
        kind.setConverter(converter(k -> ImportModel.kindName(k, m)));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ChoiceBox<String> hop = new ChoiceBox<>();
        hop.setId("import-hop");
        hop.getItems().setAll(model.hopIds());
        hop.valueProperty().bindBidirectional(model.hopIdProperty());
        filesLabel.setId("import-files");
        filesLabel.setWrapText(true);
        Button choose = new Button(m.get("import.chooseButton"));
        choose.setId("import-choose");
        choose.setOnAction(e -> chooseFiles());
        Button clear = new Button(m.get("import.clearFiles"));
        clear.setId("import-clear");
        clear.setOnAction(e -> model.files().clear());
        clear.disableProperty().bind(Bindings.isEmpty(model.files()));
        HBox fileRow = new HBox(8, filesLabel, choose, clear);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filesLabel, Priority.ALWAYS);
        filesLabel.setMaxWidth(Double.MAX_VALUE);
        TextField location = field("import-location", "import.location.prompt", "import.location.tooltip");
        location.textProperty().bindBidirectional(model.locationProperty());
        location.disableProperty().bind(model.kindProperty().isNotEqualTo(ConfigKind.NGINX));
        TextField name = field("import-name", "import.name.prompt", "import.name.tooltip");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.disableProperty().bind(model.kindProperty().isEqualTo(ConfigKind.NGINX));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        ColumnConstraints grow2 = new ColumnConstraints();
        grow2.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(new ColumnConstraints(), grow, new ColumnConstraints(), grow2);
        kind.setMaxWidth(Double.MAX_VALUE);
        hop.setMaxWidth(Double.MAX_VALUE);
        form.addRow(0, label("import.kind"), kind, label("import.hop"), hop);
        form.add(label("import.files"), 0, 1);
        form.add(fileRow, 1, 1, 3, 1);
        form.addRow(2, label("import.location"), location, label("import.name"), name);
        setTop(form);
        BorderPane.setMargin(form, new Insets(0, 0, 10, 0));

        message.setId("import-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_BOLD);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        table(report, "import-report", "import.noReport", List.of(
                column("import.column.status", ImportPreview.Row::status, 115),
                column("import.column.where", ImportPreview.Row::where, 190),
                column("import.column.name", ImportPreview.Row::name, 190),
                column("import.column.what", ImportPreview.Row::text, 420)));
        table(changes, "import-changes", "import.noChanges", List.of(
                column("import.column.setting", ImportPreview.Change::setting, 420),
                column("import.column.from", ImportPreview.Change::from, 150),
                column("import.column.to", ImportPreview.Change::to, 150)));
        VBox.setVgrow(report, Priority.ALWAYS);
        VBox.setVgrow(changes, Priority.ALWAYS);
        SplitPane tables = new SplitPane(new VBox(4, heading("import.report"), report),
                new VBox(4, heading("import.changes"), changes));
        tables.setOrientation(Orientation.VERTICAL);
        tables.setDividerPositions(0.62);
        VBox.setVgrow(tables, Priority.ALWAYS);
        setCenter(new VBox(8, message, tables));

        apply.setId("import-apply");
        apply.setText(m.get("import.apply"));
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setDefaultButton(true);
        cancel.setId("import-cancel");
        cancel.setText(m.get("dialog.cancel"));
        cancel.setCancelButton(true);
        ButtonBar.setButtonData(apply, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().setAll(apply, cancel);
        setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
    }

    private void initListeners() {
        model.previewProperty().addListener((obs, old, now) -> show(now));
        model.files().addListener((ListChangeListener<Path>) c -> showFiles());
        showFiles();
    }

    private void show(ImportPreview p) {
        message.setText(p.message());
        message.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.SUCCESS);
        boolean attention = p.canApply() && p.result().report().needsAttention();
        if (p.refused() || attention || p.canApply()) {
            message.getStyleClass().add(p.refused() ? Styles.DANGER : attention ? Styles.WARNING : Styles.SUCCESS);
        }
        report.getItems().setAll(p.rows());
        changes.getItems().setAll(p.changes());
        apply.setDisable(!p.canApply());
    }

    private void showFiles() {
        filesLabel.setText(model.files().isEmpty() ? m.get("import.noFiles")
                : model.files().stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", ")));
        filesLabel.setTooltip(model.files().isEmpty() ? null : new Tooltip(model.files().stream()
                .map(Path::toString).collect(Collectors.joining("\n"))));
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("import.chooseTitle"));
        if (!model.files().isEmpty() && model.files().get(0).toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(model.files().get(0).toAbsolutePath().getParent().toFile());
        }
        List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (chosen != null) {
            model.addFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    private <T> void table(TableView<T> table, String id, String placeholderKey, List<TableColumn<T, String>> columns) {
        table.setId(id);
        table.setPlaceholder(new Label(m.get(placeholderKey)));
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(columns);
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 40 ? null : new Tooltip(item));
                getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
                Object row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row instanceof ImportPreview.Row r) {
                    if (r.kind() == ReportLine.Kind.NOT_UNDERSTOOD) {
                        getStyleClass().add(Styles.WARNING);
                    } else if (r.kind() == ReportLine.Kind.CONFLICT) {
                        getStyleClass().add(Styles.DANGER);
                    }
                }
            }
        });
        return c;
    }

    private Label label(String key) {
        return new Label(m.get(key));
    }

    private Label heading(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(StyleClasses.HEADING);
        return l;
    }

    private TextField field(String id, String promptKey, String tooltipKey) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(m.get(promptKey));
        f.setTooltip(new Tooltip(m.get(tooltipKey)));
        return f;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
