package dev.rollscope.model.export.mermaid;

import java.math.BigDecimal;

/**
 * An sRGB colour with opacity, written the way browsers normalise CSS colours
 * ({@code rgb(1, 2, 3)}, {@code rgba(1, 2, 3, 0.5)}): Mermaid keeps a box colour only when the
 * CSS engine accepts it, and without a browser (jsdom) only the normalised form is accepted.
 *
 * @param alpha opacity from 0 (transparent) to 1 (opaque), at most three decimals are written
 */
public record Colour(int red, int green, int blue, double alpha) {

    public static final Colour TRANSPARENT = new Colour(0, 0, 0, 0);

    public Colour {
        checkChannel("red", red);
        checkChannel("green", green);
        checkChannel("blue", blue);
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("colour opacity must be between 0 and 1, not " + alpha);
        }
    }

    public static Colour rgb(int red, int green, int blue) {
        return new Colour(red, green, blue, 1);
    }

    public static Colour rgba(int red, int green, int blue, double alpha) {
        return new Colour(red, green, blue, alpha);
    }

    private static void checkChannel(String name, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("colour " + name + " must be between 0 and 255, not " + value);
        }
    }

    /** The CSS text: {@code transparent}, {@code rgb(r, g, b)} or {@code rgba(r, g, b, a)}. */
    public String css() {
        if (equals(TRANSPARENT)) {
            return "transparent";
        }
        long thousandths = Math.round(alpha * 1000);
        if (thousandths == 1000) {
            return "rgb(" + red + ", " + green + ", " + blue + ")";
        }
        BigDecimal a = BigDecimal.valueOf(thousandths, 3).stripTrailingZeros();
        return "rgba(" + red + ", " + green + ", " + blue + ", " + a.toPlainString() + ")";
    }
}
