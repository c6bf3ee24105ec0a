package dev.rollscope.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds controls that show less than their text: a {@link Labeled} whose skin's text node holds a
 * shortened text (JavaFX puts "…" in place of what does not fit).
 */
public final class WholeTexts {

    private WholeTexts() {
    }

    /** "text shown (text)" for every visible labeled control under {@code root} that is cut short. */
    public static List<String> cutShort(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.getStyleClass().contains("text") && !t.getText().equals(l.getText())) {
                    out.add(t.getText() + " (" + l.getText() + ")");
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
