package dev.rollscope.app.plan;

import atlantafx.base.theme.Styles;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.StyleClasses;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One change of a fix plan as the change to the user's configuration: what it sets, what it is
 * written in and where it goes, the text itself (read-only, monospaced) and Copy. Ids:
 * {@code fix-plan-config-N} for the text, {@code fix-plan-copy-N} for its button.
 */
final class PlanConfigView {

    private PlanConfigView() {
    }

    static VBox of(PlanConfigChanges c, int index, Messages m) {
        Label title = new Label(c.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label kind = new Label(c.kind());
        kind.getStyleClass().add(StyleClasses.MUTED);
        kind.setWrapText(true);
        TextArea text = new TextArea(c.change().text());
        text.setId("fix-plan-config-" + index);
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        text.setPrefRowCount((int) Math.min(14, c.change().text().lines().count()) + 1);
        Button copy = new Button(m.get("plan.config.copy"));
        copy.setId("fix-plan-copy-" + index);
        copy.setTooltip(new Tooltip(m.get("plan.config.copy.tooltip")));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(c.change().text());
            Clipboard.getSystemClipboard().setContent(content);
        });
        VBox heading = new VBox(2, title, kind);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(8, heading, copy);
        top.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, top, text);
    }
}
