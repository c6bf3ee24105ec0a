package dev.rollscope.model.units;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
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

    /** The longest finite span a file may hold: 365 days. */
    public static final TimeSpan MAX_FINITE = new TimeSpan(365L * 86_400_000L);

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h|d)");
    /** Longer texts are not read as numbers at all. */
    private static final int MAX_TEXT = 64;

    public TimeSpan {
        if (millis < 0) {
            throw RefusalException.of("time.negativeMillis", millis);
        }
    }

    public static TimeSpan ofMillis(long millis) {
        return millis == 0 ? ZERO : new TimeSpan(millis);
    }

    public static TimeSpan ofSeconds(long seconds) {
        return new TimeSpan(Math.multiplyExact(seconds, 1000L));
    }

    /**
     * The smallest whole number of seconds, at least 1 s, that is not less than {@code millis};
     * {@link #NONE} when that many seconds do not fit in a long.
     */
    public static TimeSpan wholeSecondsAtLeast(long millis) {
        long seconds = millis / 1000 + (millis % 1000 > 0 ? 1 : 0);
        return seconds > Long.MAX_VALUE / 1000 ? NONE : ofSeconds(Math.max(1, seconds));
    }

    /**
     * Parses {@code 60s}, {@code 1500ms}, {@code 10m}, {@code 2h}, {@code 1d}, {@code 0.5s} or
     * {@code none}. The number is read exactly (no floating point); a finite span is at most
     * {@link #MAX_FINITE} (365 days), so sums of spans read from a file cannot overflow.
     *
     * @throws IllegalArgumentException naming the text when it is not a time span
     */
    public static TimeSpan parse(String text) {
        Excerpt.requireNoControl(text, Refusal.of("noun.timeSpan"));
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("none")) {
            return NONE;
        }
        if (t.startsWith("-")) {
            throw RefusalException.of("time.negative", Excerpt.quote(text));
        }
        Matcher m = t.length() > MAX_TEXT ? null : FORM.matcher(t);
        if (m == null || !m.matches()) {
            throw RefusalException.of("time.notTime", Excerpt.quote(text));
        }
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitMillis(m.group(2))));
        if (millis.compareTo(BigDecimal.valueOf(MAX_FINITE.millis)) > 0) {
            throw RefusalException.of("time.tooLong", Excerpt.quote(text));
        }
        if (millis.stripTrailingZeros().scale() > 0) {
            throw RefusalException.of("time.fraction", Excerpt.quote(text));
        }
        return ofMillis(millis.longValueExact());
    }

    /**
     * {@link #parse}, refusing {@code none}: for a moment (a request's start, a disruption's
     * {@code at}) or a duration that must end (a processing time).
     *
     * @param what what the span is, for the message: {@code Moments.REQUEST_START}
     */
    public static TimeSpan parseFinite(String text, Refusal what) {
        TimeSpan span = parse(text);
        if (span.isNone()) {
            throw RefusalException.of("time.none", what);
        }
        return span;
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

    /**
     * The sum, saturating: {@link #NONE} when either is none or when the sum would not fit in a
     * long (a span that long never ends within any simulation, which is what none means).
     */
    public TimeSpan plus(TimeSpan other) {
        if (isNone() || other.isNone() || millis > Long.MAX_VALUE - other.millis) {
            return NONE;
        }
        return ofMillis(millis + other.millis);
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
