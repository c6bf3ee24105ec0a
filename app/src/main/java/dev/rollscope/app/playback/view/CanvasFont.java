package dev.rollscope.app.playback.view;

import dev.rollscope.app.theme.Fonts;
import java.util.Locale;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Fonts for text drawn on a canvas, in a family that shows the user's language: a canvas does not
 * follow the stylesheet, so without this Chinese text drawn on it shows empty boxes.
 */
final class CanvasFont {

    private final String family;

    CanvasFont(Locale locale) {
        family = Fonts.familyFor(locale).orElse(Font.getDefault().getFamily());
    }

    Font regular(double size) {
        return Font.font(family, size);
    }

    Font bold(double size) {
        return Font.font(family, FontWeight.BOLD, size);
    }

    /** The width of {@code s} drawn in {@code font}. */
    static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
