package dev.rollscope.app.preferences;

import java.util.Locale;
import java.util.Optional;

/** A window's position and size in screen coordinates, and whether it was maximized. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** Below this, a stored size is not worth restoring. */
    public static final double MIN_SIZE = 200;

    public WindowBounds {
        if (!(width >= MIN_SIZE && height >= MIN_SIZE)) {
            throw new IllegalArgumentException("a window of " + width + " x " + height + " is too small");
        }
    }

    /** The stored form: {@code x,y,width,height,maximized}. */
    String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    /** The bounds in their stored form, or empty when the text is not one. */
    static Optional<WindowBounds> parse(String text) {
        String[] p = text.split(",");
        if (p.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowBounds(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]), Double.parseDouble(p[3]), Boolean.parseBoolean(p[4])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
