package dev.rollscope.app.plan;

import atlantafx.base.theme.Styles;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.StyleClasses;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The before/after view of a fix plan: while the search runs, its progress with Cancel; then the
 * request's outcome before and with the plan side by side, the setting changes (old → new) and
 * the plan in words; Apply fix plan (Ctrl+Enter), enabled only for a verified plan, else the
 * status says why. It binds to a {@link FixPlanModel} and calls it, nothing more.
 */
public final class FixPlanView extends BorderPane {

    /** Applies the plan from anywhere in the view. */
    public static final KeyCombination APPLY_KEY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final FixPlanModel model;
    private final Messages m;
    private final Label title = new Label();
    private final VBox content = new VBox(12);
    private final Button apply = new Button();
    private final Button cancel = new Button();
    private final Button close = new Button();

    public FixPlanView(FixPlanModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        createView();
        initListeners();
        show(model.beforeAfterProperty().get());
    }

    /** The Close button, which the window that holds the view wires. */
    public Button closeButton() {
        return close;
    }

    private void createView() {
        setId("fix-plan");
        setPadding(new Insets(12));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.setText(m.format("plan.title", model.request().requestId(), model.request().scenario()));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("fix-plan-progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.stateProperty().isEqualTo(FixPlanModel.State.SEARCHING));
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("fix-plan-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_BOLD);
        status.textProperty().bind(model.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        cancel.setId("fix-plan-cancel");
        cancel.setText(m.get("dialog.cancel"));
        cancel.visibleProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(progress.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        HBox statusRow = new HBox(8, progress, status, cancel);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(8, title, statusRow));
        BorderPane.setMargin(getTop(), new Insets(0, 0, 10, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        apply.setId("fix-plan-apply");
        apply.setText(m.get("plan.apply"));
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(model.canApplyProperty().not());
        apply.setOnAction(e -> model.apply());
        close.setId("fix-plan-close");
        close.setText(m.get("plan.close"));
        close.setCancelButton(true);
        ButtonBar.setButtonData(apply, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().setAll(apply, close);
        setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(10, 0, 0, 0));
    }

    private void initListeners() {
        model.beforeAfterProperty().addListener((obs, old, now) -> show(now));
        setOnKeyPressed(e -> {
            if (APPLY_KEY.match(e) && model.canApplyProperty().get()) {
                model.apply();
                e.consume();
            }
        });
    }

    private void show(BeforeAfter ba) {
        if (ba == null) {
            content.getChildren().clear();
            apply.setTooltip(null);
            return;
        }
        Tooltip tip = new Tooltip(m.format("plan.apply.tooltip", ba.changes().size(), APPLY_KEY.getDisplayText()));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        apply.setTooltip(tip);
        content.getChildren().setAll(comparison(ba));
        if (!ba.changes().isEmpty()) {
            content.getChildren().addAll(heading("plan.changes"), changes(ba));
        }
        if (!model.configChangesProperty().get().isEmpty()) {
            content.getChildren().add(heading("plan.config"));
            int n = 0;
            for (PlanConfigChanges c : model.configChangesProperty().get()) {
                content.getChildren().add(PlanConfigView.of(c, n++, m));
            }
        }
        if (!ba.steps().isEmpty()) {
            content.getChildren().add(heading("plan.steps"));
            ba.steps().forEach(s -> content.getChildren().add(wrapping(s)));
        }
    }

    /** Before and after, a line per field. */
    private GridPane comparison(BeforeAfter ba) {
        GridPane grid = grid("fix-plan-comparison", 16, 42, 42);
        grid.addRow(0, new Label(), header("plan.before"), header("plan.after"));
        int row = 1;
        for (BeforeAfter.Line line : ba.lines()) {
            Label before = wrapping(line.before());
            Label after = wrapping(line.after());
            before.getStyleClass().add(Styles.DANGER);
            after.getStyleClass().add(ba.verified() ? Styles.SUCCESS : Styles.WARNING);
            grid.addRow(row++, muted(line.label()), before, after);
        }
        return grid;
    }

    /** Hop, setting, old → new. */
    private GridPane changes(BeforeAfter ba) {
        GridPane grid = grid("fix-plan-changes", 8, 52, 40);
        int row = 0;
        for (BeforeAfter.Change c : ba.changes()) {
            Label value = wrapping(m.format("plan.change", c.from(), c.to()));
            value.getStyleClass().add(Styles.TEXT_BOLD);
            grid.addRow(row++, new Label(c.hop()), wrapping(c.setting()), value);
        }
        return grid;
    }

    /** A grid of three columns sharing its width by the given percentages. */
    private static GridPane grid(String id, double... percents) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(12);
        grid.setVgap(6);
        for (double p : percents) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(p);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }

    private Label heading(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(StyleClasses.HEADING);
        return l;
    }

    private Label header(String key) {
        Label l = heading(key);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label muted(String text) {
        Label l = wrapping(text);
        l.getStyleClass().add(StyleClasses.MUTED);
        return l;
    }

    private static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
