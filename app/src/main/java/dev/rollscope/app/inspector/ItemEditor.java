package dev.rollscope.app.inspector;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.Icons;
import dev.rollscope.app.theme.StyleClasses;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.property.editor.PropertyEditor;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The editor of one inspector row: a control, the unit, and a reset button shown while the value
 * differs from the default (the row is then marked {@link StyleClasses#MODIFIED}). The control is
 * validated live through ControlsFX {@link ValidationSupport}, whose decoration marks the field; why
 * its text is refused is written under it and is its tooltip. Control ids: {@code edit-proxy-sendTimeout};
 * reset buttons: {@code reset-...}; reasons: {@code reason-...}.
 *
 * <p>A subclass provides the control, shows a value in it ({@link #show}) and returns the text
 * the control holds now ({@link #candidate}); it calls {@link #commit()} when the user is done.
 *
 * @param <C> the control type
 */
abstract class ItemEditor<C extends Control> implements PropertyEditor<Object> {

    protected final ItemModel model;
    protected final C control;
    private final HBox row;
    private final Label reason = new Label();
    private final VBox editor;

    ItemEditor(ItemModel model, C control, ValidationSupport validation, Messages messages) {
        this.model = model;
        this.control = control;
        String id = model.id().replace('.', '-');
        control.setId(controlId(model));
        control.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(control, Priority.ALWAYS);
        Label unit = new Label(model.text().unit());
        unit.getStyleClass().add(StyleClasses.UNIT);
        unit.setVisible(model.text().editorKind() == ItemText.EditorKind.TEXT && !model.text().unit().isEmpty());
        unit.setManaged(unit.isVisible());
        row = new HBox(control, unit, resetButton(id, messages));
        row.getStyleClass().add(StyleClasses.EDITOR_ROW);
        reason.setId("reason-" + id);
        reason.getStyleClass().add(StyleClasses.REFUSAL);
        reason.setWrapText(true);
        reason.setMinWidth(0);
        reason.prefWidthProperty().bind(row.widthProperty());
        reason.textProperty().bind(model.errorProperty());
        reason.visibleProperty().bind(model.errorProperty().isNotNull());
        reason.managedProperty().bind(reason.visibleProperty());
        editor = new VBox(2, row, reason);
        model.modifiedProperty().addListener((obs, old, now) -> showModified(messages));
        model.errorProperty().addListener((obs, old, now) -> showTooltip(messages));
        model.valueProperty().addListener((obs, old, now) -> show(now));
        show(model.valueProperty().get());
        showModified(messages);
        validation.registerValidator(control, false, (Control c, Object value) -> {
            Optional<String> problem = model.check(candidate());
            return ValidationResult.fromErrorIf(c, problem.orElse(""), problem.isPresent());
        });
    }

    /** The node id of a row's control: {@code edit-proxy-sendTimeout}. */
    static String controlId(ItemModel model) {
        return "edit-" + model.id().replace('.', '-');
    }

    /** Shows a value (formatted text) in the control. */
    abstract void show(String value);

    /** The text the control holds now. */
    abstract String candidate();

    /** Applies the control's text; on refusal the text stays, decorated with the reason. */
    final void commit() {
        model.apply(candidate());
    }

    @Override
    public Node getEditor() {
        return editor;
    }

    @Override
    public Object getValue() {
        return model.valueProperty().get();
    }

    @Override
    public void setValue(Object value) {
        show(String.valueOf(value));
    }

    private Button resetButton(String id, Messages messages) {
        Button reset = new Button(null, Icons.reset(14));
        reset.setId("reset-" + id);
        reset.getStyleClass().addAll("flat", "button-icon", StyleClasses.RESET);
        reset.setOnAction(e -> model.reset());
        reset.setFocusTraversable(false);
        reset.visibleProperty().bind(model.modifiedProperty());
        reset.managedProperty().bind(model.modifiedProperty());
        return reset;
    }

    private void showModified(Messages messages) {
        boolean modified = model.modifiedProperty().get();
        row.pseudoClassStateChanged(StyleClasses.MODIFIED, modified);
        String def = model.defaultValueProperty().get();
        Node reset = row.getChildren().get(2);
        ((Button) reset).setTooltip(def == null ? null : new Tooltip(messages.format("inspector.reset", def)));
        showTooltip(messages);
    }

    /** The control's tooltip: why its text is refused, else that the value differs from the default. */
    private void showTooltip(Messages messages) {
        String refused = model.errorProperty().get();
        Tooltip tip = refused != null ? new Tooltip(refused) : model.modifiedProperty().get()
                ? new Tooltip(messages.format("inspector.modified", model.defaultValueProperty().get())) : null;
        if (tip != null) {
            tip.setWrapText(true);
            tip.setMaxWidth(420);
        }
        control.setTooltip(tip);
    }
}
