package dev.rollscope.app.inspector;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.StyleClasses;
import dev.rollscope.model.importing.Origin;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * An inspector editor with, under it, where its imported value came from: "client_max_body_size ·
 * nginx.conf:42" (the tooltip names the file with its folders); nothing while the value was not imported. The line's id
 * is {@code origin-proxy-clientMaxBodySize}.
 */
final class OriginLine implements PropertyEditor<Object> {

    private final PropertyEditor<?> editor;
    private final VBox box;

    private OriginLine(PropertyEditor<?> editor, String id, ObjectBinding<Origin> origin, Messages messages) {
        this.editor = editor;
        Label line = new Label();
        line.setId("origin-" + id.replace('.', '-'));
        line.getStyleClass().add(StyleClasses.MUTED);
        line.setStyle("-fx-font-size: 0.85em;");
        Tooltip tip = new Tooltip();
        line.setTooltip(tip);
        Runnable show = () -> {
            Origin o = origin.get();
            line.setText(o == null ? "" : messages.format("inspector.origin", shortWhere(o), o.name()));
            tip.setText(o == null ? "" : messages.format("inspector.origin.tooltip", o.where(), o.name()));
            line.setVisible(o != null);
            line.setManaged(o != null);
        };
        origin.addListener((obs, old, now) -> show.run());
        show.run();
        box = new VBox(2, editor.getEditor(), line);
        box.getProperties().put(OriginLine.class, origin);
    }

    /** {@code nginx.conf:42}: the file's name without its folders (the tooltip has them). */
    private static String shortWhere(Origin o) {
        String file = o.file();
        return file.substring(file.lastIndexOf('/') + 1) + ":" + o.line();
    }

    static PropertyEditor<?> wrap(PropertyEditor<?> editor, String id, ObjectBinding<Origin> origin, Messages messages) {
        return new OriginLine(editor, id, origin, messages);
    }

    @Override
    public Node getEditor() {
        return box;
    }

    @Override
    public Object getValue() {
        return editor.getValue();
    }

    @SuppressWarnings("unchecked")
    @Override
    public void setValue(Object value) {
        ((PropertyEditor<Object>) editor).setValue(value);
    }
}
