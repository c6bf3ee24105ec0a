package dev.rollscope.model.export;

import java.math.BigDecimal;

/** Times and durations as diagrams and reports write them. */
public final class Times {

    private Times() {
    }

    /** A moment of the scenario: {@code t=12.4s}, {@code t=20.0s}, {@code t=19.95s}. */
    public static String at(long millis) {
        return "t=" + seconds(millis) + "s";
    }

    /** A duration: {@code 152ms}, {@code 40s}, {@code 1.5s}. */
    public static String span(long millis) {
        if (millis < 1000) {
            return millis + "ms";
        }
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s";
    }

    private static String seconds(long millis) {
        BigDecimal s = BigDecimal.valueOf(millis, 3).stripTrailingZeros();
        return s.scale() < 1 ? s.setScale(1).toPlainString() : s.toPlainString();
    }
}
