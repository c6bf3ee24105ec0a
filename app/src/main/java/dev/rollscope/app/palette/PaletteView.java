package dev.rollscope.app.palette;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.Icons;
import dev.rollscope.app.theme.StyleClasses;
import dev.rollscope.model.topology.HopKind;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The palette: one item per hop kind, with its icon. Drag an item onto the chain to insert a hop
 * there; click it (or focus it and press Enter or Space) to insert next to the selection.
 * Items have ids {@code palette-nginx_l7}, ...
 */
public final class PaletteView extends VBox {

    private final Messages messages;
    private final InsertionTarget target;

    public PaletteView(Messages messages, InsertionTarget target) {
        this.messages = messages;
        this.target = target;
        createView();
    }

    private void createView() {
        getStyleClass().add(StyleClasses.PALETTE);
        Label title = new Label(messages.get("palette.title"));
        title.getStyleClass().add(StyleClasses.HEADING);
        Label hint = new Label(messages.get("palette.hint"));
        hint.getStyleClass().add(StyleClasses.MUTED);
        hint.setWrapText(true);
        getChildren().addAll(title, hint);
        for (HopKind kind : HopKind.values()) {
            getChildren().add(item(kind));
        }
    }

    private Button item(HopKind kind) {
        Button b = new Button(messages.name(kind), Icons.hop(kind, 22));
        b.setId("palette-" + kind.name().toLowerCase(Locale.ROOT));
        b.getStyleClass().add(StyleClasses.PALETTE_ITEM);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setTooltip(new Tooltip(messages.format("palette.item.tooltip", messages.name(kind))));
        b.setOnAction(e -> target.insert(kind));
        PaletteDragGesture.install(b, kind, target);
        return b;
    }
}
