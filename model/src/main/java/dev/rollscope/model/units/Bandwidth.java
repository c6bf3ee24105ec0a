package dev.rollscope.model.units;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A positive data rate in bits per second, parsed from {@code 10Mbit/s}, {@code 1Gbit/s},
 * {@code 512kbit/s} or {@code 10Mbps} (decimal prefixes, as link speeds are quoted) and written
 * with the largest prefix that divides it exactly.
 */
public record Bandwidth(long bitsPerSecond) implements Comparable<Bandwidth> {

    private static final Pattern FORM =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:bit/s|bps)", Pattern.CASE_INSENSITIVE);
    private static final String[] PREFIX = {"G", "M", "k"};
    private static final long[] FACTOR = {1_000_000_000L, 1_000_000L, 1_000L};

    /**
     * The fastest rate a file may give: 10 Tbit/s (10000Gbit/s), well above any link; with
     * {@link ByteSize#MAX_PARSED} it keeps every transfer time far inside a long.
     */
    public static final long MAX_BITS_PER_SECOND = 10_000_000_000_000L;
    /** Longer texts are not read as numbers at all. */
    private static final int MAX_TEXT = 64;

    public Bandwidth {
        if (bitsPerSecond <= 0 || bitsPerSecond > MAX_BITS_PER_SECOND) {
            throw RefusalException.of("bandwidth.range", bitsPerSecond);
        }
    }

    public static Bandwidth ofMbit(long mbit) {
        return new Bandwidth(Math.multiplyExact(mbit, 1_000_000L));
    }

    /**
     * Parses a bandwidth, reading the number exactly (no floating point).
     *
     * @throws IllegalArgumentException naming the text when it is not a bandwidth from 1bit/s to
     *         10000Gbit/s
     */
    public static Bandwidth parse(String text) {
        Excerpt.requireNoControl(text, Refusal.of("noun.bandwidth"));
        String t = text.trim();
        Matcher m = t.length() > MAX_TEXT ? null : FORM.matcher(t);
        if (m == null || !m.matches()) {
            throw RefusalException.of("bandwidth.notBandwidth", Excerpt.quote(text));
        }
        long factor = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1_000L;
            case "m" -> 1_000_000L;
            case "g" -> 1_000_000_000L;
            default -> 1;
        };
        BigDecimal bps = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(factor));
        if (bps.compareTo(BigDecimal.valueOf(MAX_BITS_PER_SECOND)) > 0) {
            throw RefusalException.of("bandwidth.tooFast", Excerpt.quote(text));
        }
        if (bps.signum() <= 0 || bps.stripTrailingZeros().scale() > 0) {
            throw RefusalException.of("bandwidth.notWhole", Excerpt.quote(text));
        }
        return new Bandwidth(bps.longValueExact());
    }

    /**
     * Milliseconds needed to move {@code size} at this rate, rounded up to the next whole
     * millisecond (a transfer is not done until its last bit is).
     */
    public long transferMillis(ByteSize size) {
        return transferMillis(size.bytes(), bitsPerSecond);
    }

    /**
     * {@link #transferMillis(ByteSize)} on plain numbers, for hot paths. Exact: a result that
     * does not fit in a long throws {@link ArithmeticException}, which values read from a file
     * cannot cause (a {@link ByteSize#MAX_PARSED} body at 1 bit/s takes 8e15 ms).
     */
    public static long transferMillis(long bytes, long bitsPerSecond) {
        if (bytes == 0) {
            return 0;
        }
        if (bitsPerSecond <= 0) {
            throw new IllegalArgumentException("a bandwidth must be positive: " + bitsPerSecond + " bit/s");
        }
        long bits = Math.multiplyExact(bytes, 8L);
        long whole = bits / bitsPerSecond;
        long rest = bits % bitsPerSecond;
        long restMillis = Math.addExact(Math.multiplyExact(rest, 1000L), bitsPerSecond - 1) / bitsPerSecond;
        return Math.addExact(Math.multiplyExact(whole, 1000L), restMillis);
    }

    public Bandwidth min(Bandwidth other) {
        return bitsPerSecond <= other.bitsPerSecond ? this : other;
    }

    @Override
    public int compareTo(Bandwidth o) {
        return Long.compare(bitsPerSecond, o.bitsPerSecond);
    }

    @Override
    public String toString() {
        for (int i = 0; i < PREFIX.length; i++) {
            if (bitsPerSecond % FACTOR[i] == 0) {
                return bitsPerSecond / FACTOR[i] + PREFIX[i] + "bit/s";
            }
        }
        return bitsPerSecond + "bit/s";
    }
}
