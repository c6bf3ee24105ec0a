package dev.rollscope.app.playback.picture;

import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Values as SVG writes them: numbers, colours, opacities, font families; and a text's width as JavaFX lays it out. */
final class SvgValues {

    private SvgValues() {
    }

    /** The font's family with a generic one after it; JavaFX's logical "System" family is the generic one. */
    static String family(Font f) {
        return f.getFamily().equals("System") ? "sans-serif" : SvgPen.escape(f.getFamily()) + ", sans-serif";
    }

    /** The width of {@code text} in {@code f}, as the canvas lays it out. */
    static double width(String text, Font f) {
        Text t = new Text(text);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }

    static String colour(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    static String opacity(String attribute, Color c) {
        return c.getOpacity() >= 1 ? "" : " " + attribute + "=\"" + number(c.getOpacity()) + "\"";
    }

    /** A number with at most two decimals and no trailing zeros. */
    static String number(double v) {
        String out = String.format(Locale.ROOT, "%.2f", v);
        return out.contains(".") ? out.replaceAll("0+$", "").replaceAll("\\.$", "") : out;
    }
}
