package dev.rollscope.app.shell;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.StyleClasses;
import dev.rollscope.model.analysis.Severity;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;

/**
 * The findings and verdicts panel: a table of the {@link FindingsModel}'s lines (verdict, request
 * or check, hop, setting, what happens, fix), coloured by severity. Clicking a line, or pressing
 * Enter on it, selects its hop and setting. On the line of a failed request, "Fix plan…" (context
 * menu, {@link #FIX_PLAN_KEY}) opens its fix plan; on a finding's line, "Copy fix as configuration"
 * ({@link #COPY_CONFIG_KEY}) copies its fixes as changes to the configuration files. Its id is {@code findings}.
 */
final class FindingsPanel extends TableView<FindingRow> {

    /** Opens the fix plan of the selected failed request. */
    static final KeyCombination FIX_PLAN_KEY = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** Copies the selected finding's fixes as configuration. */
    static final KeyCombination COPY_CONFIG_KEY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final FindingsModel model;
    private final Messages m;
    private final Label placeholder = new Label();

    FindingsPanel(FindingsModel model, Messages messages, ObservableValue<String> emptyText) {
        this.model = model;
        this.m = messages;
        createView();
        placeholder.textProperty().bind(emptyText);
    }

    private void createView() {
        setId("findings");
        setContextMenu(new ContextMenu(copyConfig()));
        getStyleClass().add(StyleClasses.FINDINGS);
        setItems(model.rows());
        setPlaceholder(placeholder);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<FindingRow, String> verdict = column("findings.column.verdict", FindingRow::verdict, 110);
        verdict.setCellFactory(c -> new VerdictCell());
        getColumns().setAll(List.of(verdict, column("findings.column.subject", FindingRow::subject, 130),
                column("findings.column.hop", FindingRow::hopId, 50),
                column("findings.column.setting", FindingRow::setting, 220),
                column("findings.column.message", FindingRow::message, 360),
                column("findings.column.fix", FindingRow::fix, 300)));
        setRowFactory(t -> new DetailRow());
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && getSelectionModel().getSelectedItem() != null) {
                model.open(getSelectionModel().getSelectedItem());
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                model.open(getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    /**
     * Offers "Fix plan…" in the context menu and on {@link #FIX_PLAN_KEY}, enabled while the
     * selected line is a failed request; {@code action} gets that line.
     */
    void setOnFixPlan(Consumer<FindingRow> action) {
        Label text = new Label(m.get("plan.action"));
        Tooltip tip = new Tooltip(m.get("plan.action.tooltip"));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        text.setTooltip(tip);
        CustomMenuItem item = new CustomMenuItem(text);
        item.setId("findings-fix-plan");
        item.setAccelerator(FIX_PLAN_KEY);
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            FindingRow row = getSelectionModel().getSelectedItem();
            return row == null || !row.failedRequest();
        }, getSelectionModel().selectedItemProperty()));
        item.setOnAction(e -> action.accept(getSelectionModel().getSelectedItem()));
        getContextMenu().getItems().add(0, item);
    }

    /** "Copy fix as configuration", enabled while the selected line is a finding with fixes ({@link #COPY_CONFIG_KEY}). */
    private MenuItem copyConfig() {
        MenuItem item = new MenuItem(m.get("findings.copyConfig"));
        item.setId("findings-copy-config");
        item.setAccelerator(COPY_CONFIG_KEY);
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            FindingRow row = getSelectionModel().getSelectedItem();
            return row == null || row.fixes().isEmpty();
        }, getSelectionModel().selectedItemProperty()));
        item.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.configText(getSelectionModel().getSelectedItem()));
            Clipboard.getSystemClipboard().setContent(content);
        });
        return item;
    }

    private TableColumn<FindingRow, String> column(String key, Function<FindingRow, String> value, double width) {
        TableColumn<FindingRow, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** The verdict, coloured: OK, a failed request, or a finding's severity. */
    private static final class VerdictCell extends TableCell<FindingRow, String> {

        VerdictCell() {
            getStyleClass().add(StyleClasses.VERDICT);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            FindingRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            pseudoClassStateChanged(StyleClasses.OK, row != null && row.ok());
            for (Severity s : Severity.values()) {
                pseudoClassStateChanged(StyleClasses.of(s), row != null && !row.ok() && row.severity() == s);
            }
        }
    }

    /** A line with its explanation (why, the inequality) in a tooltip. */
    private static final class DetailRow extends TableRow<FindingRow> {

        @Override
        protected void updateItem(FindingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null || row.ok()) {
                setTooltip(null);
                return;
            }
            Tooltip tip = new Tooltip(Stream.of(row.message(), row.detail(), row.fix()).filter(t -> !t.isEmpty())
                    .collect(Collectors.joining("\n\n")));
            tip.setWrapText(true);
            tip.setMaxWidth(560);
            setTooltip(tip);
        }
    }
}
