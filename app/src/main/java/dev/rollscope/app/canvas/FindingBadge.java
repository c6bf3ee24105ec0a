package dev.rollscope.app.canvas;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.StyleClasses;
import dev.rollscope.model.analysis.Severity;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * A hop's badge: the number of findings, coloured by the worst; the texts of the first
 * {@link #TOOLTIP_LINES} in its tooltip, then how many more. Hidden when none.
 */
final class FindingBadge extends StackPane {

    static final int TOOLTIP_LINES = 20;

    private final Messages messages;
    private final Label count = new Label();
    private final Tooltip tooltip = new Tooltip();
    private List<HopFinding> shown = List.of();

    FindingBadge(Messages messages) {
        this.messages = messages;
        getStyleClass().add(StyleClasses.BADGE);
        getChildren().add(count);
        Tooltip.install(this, tooltip);
        setVisible(false);
    }

    /** Shows findings sorted worst first. */
    void show(List<HopFinding> findings) {
        if (findings.equals(shown)) {
            return;
        }
        shown = List.copyOf(findings);
        setVisible(!findings.isEmpty());
        if (findings.isEmpty()) {
            return;
        }
        Severity worst = findings.get(0).severity();
        for (Severity s : Severity.values()) {
            pseudoClassStateChanged(StyleClasses.of(s), s == worst);
        }
        long total = findings.stream().mapToLong(HopFinding::count).sum();
        count.setText(String.valueOf(total));
        List<HopFinding> listed = findings.subList(0, Math.min(TOOLTIP_LINES, findings.size()));
        String text = listed.stream()
                .map(f -> messages.format("canvas.badge.tooltip", messages.name(f.severity()), f.text()))
                .collect(Collectors.joining("\n"));
        long rest = total - listed.stream().mapToLong(HopFinding::count).sum();
        tooltip.setText(rest == 0 ? text : text + "\n" + messages.format("canvas.badge.more", rest));
    }

    /** The number on the badge. */
    String countText() {
        return count.getText();
    }

    /** The tooltip's text. */
    String tooltipText() {
        return tooltip.getText();
    }

    /** The worst severity shown, or null. */
    Severity worst() {
        return shown.isEmpty() ? null : shown.get(0).severity();
    }
}
