package dev.rollscope.app.scenario;

import dev.rollscope.app.theme.StyleClasses;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The view of a {@link FieldGroup}: labelled fields bound to its model's text, an Apply button
 * (Enter in any field applies too) and, under them, why the text is refused (also the fields'
 * tooltip), as the inspector shows it. Control ids: {@code PREFIX-FIELD}, {@code PREFIX-apply},
 * {@code PREFIX-reason}.
 */
final class FormGrid extends VBox {

    private final ScenarioEditor editor;
    private final String prefix;
    private final FieldGroup group;
    private final GridPane grid = new GridPane();
    private final Label reason = new Label();
    private int rows;

    FormGrid(ScenarioEditor editor, String prefix, FieldGroup group) {
        this.editor = editor;
        this.prefix = prefix;
        this.group = group;
        grid.setHgap(6);
        grid.setVgap(4);
        // Labels wrap in the left 36%, so that the fields keep room in a narrow side panel.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(36);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setPercentWidth(64);
        grid.getColumnConstraints().addAll(labels, fields);
        Button apply = new Button(editor.text("form.apply"));
        apply.setId(prefix + "-apply");
        apply.setOnAction(e -> group.apply());
        reason.setId(prefix + "-reason");
        reason.getStyleClass().add(StyleClasses.REFUSAL);
        reason.setWrapText(true);
        reason.setMinHeight(Control.USE_PREF_SIZE);
        ReadOnlyStringProperty error = group.errorProperty();
        reason.textProperty().bind(error);
        reason.visibleProperty().bind(error.isNotNull());
        reason.managedProperty().bind(reason.visibleProperty());
        getChildren().addAll(grid, reason, apply);
        setSpacing(4);
    }

    /** A text field bound to {@code text}; {@code prompt} shows the default a blank field stands for. */
    TextField text(String key, String field, StringProperty text, String prompt) {
        TextField f = field(field, text, prompt);
        row(key, f);
        return f;
    }

    /** Two text fields on one row, "[ ] for [ ]", a pause's place and length; labelled by {@code KEY.at}. */
    void pair(String key, String field, StringProperty first, StringProperty second, String prompt) {
        TextField at = field(field + "-at", first, prompt);
        TextField length = field(field + "-for", second, prompt);
        at.getStyleClass().add(StyleClasses.PAIRED_FIELD);
        length.getStyleClass().add(StyleClasses.PAIRED_FIELD);
        Label between = new Label(editor.text("form.for"));
        between.setMinWidth(Control.USE_PREF_SIZE);
        HBox both = new HBox(4, at, between, length);
        both.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(at, Priority.ALWAYS);
        HBox.setHgrow(length, Priority.ALWAYS);
        Label label = row(key + ".at", both);
        label.setLabelFor(at);
    }

    /** A row of any control (a choice). */
    Label row(String key, Node control) {
        Label label = new Label(editor.text(key));
        label.setWrapText(true);
        label.setMinWidth(0);
        if (control instanceof Control c) {
            label.setLabelFor(c);
            c.setMaxWidth(Double.MAX_VALUE);
        }
        grid.addRow(rows++, label, control);
        return label;
    }

    private TextField field(String field, StringProperty text, String prompt) {
        TextField f = new TextField();
        f.setId(prefix + "-" + field);
        f.setPrefColumnCount(5);
        f.setMinWidth(40);
        f.textProperty().bindBidirectional(text);
        f.setPromptText(prompt);
        f.setOnAction(e -> group.apply());
        f.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> group.errorProperty().get() == null ? null : tip(group.errorProperty().get()),
                group.errorProperty()));
        return f;
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }
}
