package dev.rollscope.model.units;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
import java.math.RoundingMode;

/**
 * A count or a percentage of a group's size, as Kubernetes' {@code IntOrString} and GCE's
 * {@code FixedOrPercent} write {@code maxSurge} and {@code maxUnavailable}: {@code 3} or
 * {@code 25%}.
 */
public record Scale(int value, boolean percent) {

    public Scale {
        if (value < 0) {
            throw RefusalException.of("scale.negative", value);
        }
        if (percent && value > 100) {
            throw RefusalException.of("scale.over100", value);
        }
    }

    public static Scale count(int n) {
        return new Scale(n, false);
    }

    public static Scale percent(int p) {
        return new Scale(p, true);
    }

    /**
     * Parses {@code 3} or {@code 25%}.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static Scale parse(String text) {
        Excerpt.requireNoControl(text, Refusal.of("noun.scale"));
        String t = text.trim();
        boolean pct = t.endsWith("%");
        String digits = pct ? t.substring(0, t.length() - 1).trim() : t;
        if (!digits.matches("-?\\d{1,9}")) {
            throw RefusalException.of("scale.notScale", Excerpt.quote(text));
        }
        return new Scale(Integer.parseInt(digits), pct);
    }

    /**
     * The number of instances this stands for in a group of {@code total}, a percentage rounded
     * the way the owning controller rounds it.
     */
    public int resolve(int total, RoundingMode rounding) {
        if (!percent) {
            return value;
        }
        long scaled = (long) value * total;
        return (int) (rounding == RoundingMode.UP ? (scaled + 99) / 100 : scaled / 100);
    }

    @Override
    public String toString() {
        return percent ? value + "%" : Integer.toString(value);
    }
}
