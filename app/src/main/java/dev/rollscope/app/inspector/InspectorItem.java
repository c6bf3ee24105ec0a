package dev.rollscope.app.inspector;

import dev.rollscope.app.i18n.Messages;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * A {@link PropertySheet} row backed by an {@link ItemModel}: no reflection. Its value is the
 * model's formatted text; {@link #setValue} applies text through the model, so every change is
 * an undoable command and invalid text is never applied.
 */
public final class InspectorItem implements PropertySheet.Item {

    private final ItemModel model;
    private final Messages messages;

    public InspectorItem(ItemModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public ItemModel model() {
        return model;
    }

    @Override
    public Class<?> getType() {
        return String.class;
    }

    @Override
    public String getCategory() {
        return model.text().category();
    }

    @Override
    public String getName() {
        return model.text().label();
    }

    /** The tooltip: meaning, unit, default and where the default comes from. */
    @Override
    public String getDescription() {
        ItemText t = model.text();
        String def = model.defaultValueProperty().get();
        return def == null ? messages.format("inspector.tooltip.noDefault", t.meaning(), t.unit())
                : messages.format("inspector.tooltip", t.meaning(), t.unit(), def, t.source());
    }

    @Override
    public Object getValue() {
        return model.valueProperty().get();
    }

    @Override
    public void setValue(Object value) {
        model.apply(String.valueOf(value));
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(model.valueProperty());
    }

    @Override
    public Optional<Class<? extends PropertyEditor<?>>> getPropertyEditorClass() {
        return Optional.empty();
    }

    @Override
    public boolean isEditable() {
        return true;
    }
}
