package dev.rollscope.model.units;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A non-negative span of time in whole milliseconds, or {@link #NONE} for "no limit".
 *
 * <p>Parsed from human strings ({@code 1500ms}, {@code 60s}, {@code 10m}, {@code 1h},
 * {@code 1.5s}, {@code none}) and written in one canonical form: whole seconds as {@code 60s},
 * anything finer as {@code 1500ms}, so a file written twice is byte-identical.
 */
public record TimeSpan(long millis) implements Comparable<TimeSpan> {

    /** No limit (nginx's "no worker_shutdown_timeout", for example). */
    public static final TimeSpan NONE = new TimeSpan(Long.MAX_VALUE);
    public static final TimeSpan ZERO = new TimeSpan(0);

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h|d)");

    public TimeSpan {
        if (millis < 0) {
            throw new IllegalArgumentException("a time span cannot be negative: " + millis + " ms");
        }
    }

    public static TimeSpan ofMillis(long millis) {
        return millis == 0 ? ZERO : new TimeSpan(millis);
    }

    public static TimeSpan ofSeconds(long seconds) {
        return new TimeSpan(Math.multiplyExact(seconds, 1000L));
    }

    /** The smallest whole number of seconds, at least 1 s, that is not less than {@code millis}. */
    public static TimeSpan wholeSecondsAtLeast(long millis) {
        return ofSeconds(Math.max(1, (millis + 999) / 1000));
    }

    /**
     * Parses {@code 60s}, {@code 1500ms}, {@code 10m}, {@code 2h}, {@code 1d}, {@code 0.5s} or
     * {@code none}.
     *
     * @throws IllegalArgumentException naming the text when it is not a time span
     */
    public static TimeSpan parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("none")) {
            return NONE;
        }
        if (t.startsWith("-")) {
            throw new IllegalArgumentException("a time span cannot be negative: \"" + text + "\"");
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "not a time span: \"" + text + "\" (write it like 60s, 1500ms, 10m, 1h or none)");
        }
        double amount = Double.parseDouble(m.group(1));
        double millis = amount * unitMillis(m.group(2));
        if (millis != Math.rint(millis)) {
            throw new IllegalArgumentException("a time span is whole milliseconds: \"" + text + "\"");
        }
        if (millis >= Long.MAX_VALUE) {
            throw new IllegalArgumentException("time span too large: \"" + text + "\"");
        }
        return ofMillis((long) millis);
    }

    private static long unitMillis(String unit) {
        switch (unit) {
            case "ms": return 1;
            case "s": return 1_000;
            case "m": case "min": return 60_000;
            case "h": return 3_600_000;
            case "d": return 86_400_000;
            default: throw new IllegalStateException(unit);
        }
    }

    public boolean isNone() {
        return millis == Long.MAX_VALUE;
    }

    public TimeSpan plus(TimeSpan other) {
        if (isNone() || other.isNone()) {
            return NONE;
        }
        return ofMillis(Math.addExact(millis, other.millis));
    }

    public double seconds() {
        return millis / 1000.0;
    }

    /** For sentences: {@code 45.801 s}, {@code 30 s}, {@code 800 ms}, {@code none}. */
    public String toHuman() {
        if (isNone()) {
            return "none";
        }
        if (millis < 1000) {
            return millis + " ms";
        }
        String s = BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
        return s + " s";
    }

    @Override
    public int compareTo(TimeSpan o) {
        return Long.compare(millis, o.millis);
    }

    /** The canonical form: {@code none}, {@code 60s} or {@code 1500ms}. */
    @Override
    public String toString() {
        if (isNone()) {
            return "none";
        }
        return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
    }
}
