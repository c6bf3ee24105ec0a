package dev.rollscope.model.units;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A non-negative number of bytes.
 *
 * <p>Parsed from {@code 50MB} (decimal, 10^6), {@code 1MiB} (binary, 2^20), nginx's own
 * {@code 1m}/{@code 8k}/{@code 1g} (binary, as nginx reads them) or a bare number of bytes.
 * Written canonically: the largest decimal unit that divides it exactly, else the largest binary
 * unit, else bytes ({@code 50MB}, {@code 1MiB}, {@code 1500B}). A parsed size is at most
 * {@link #MAX_PARSED}.
 */
public record ByteSize(long bytes) implements Comparable<ByteSize> {

    public static final ByteSize ZERO = new ByteSize(0);

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]*)");
    private static final String[] DECIMAL = {"GB", "MB", "kB"};
    private static final long[] DECIMAL_FACTOR = {1_000_000_000L, 1_000_000L, 1_000L};
    private static final String[] BINARY = {"GiB", "MiB", "KiB"};
    private static final long[] BINARY_FACTOR = {1L << 30, 1L << 20, 1L << 10};

    /**
     * The largest size a file may give: 1000GB (10^12 bytes). With {@link Bandwidth}'s limits every transfer time
     * stays far inside a long (1000GB at 1 bit/s is 8e15 ms).
     */
    public static final long MAX_PARSED = 1_000_000_000_000L;
    /** Longer texts are not read as numbers at all. */
    private static final int MAX_TEXT = 64;

    public ByteSize {
        if (bytes < 0) {
            throw RefusalException.of("size.negativeBytes", bytes);
        }
    }

    public static ByteSize ofBytes(long bytes) {
        return bytes == 0 ? ZERO : new ByteSize(bytes);
    }

    public static ByteSize ofMegabytes(long mb) {
        return new ByteSize(Math.multiplyExact(mb, 1_000_000L));
    }

    /**
     * Parses a size.
     *
     * @throws IllegalArgumentException naming the text when it is not a size
     */
    public static ByteSize parse(String text) {
        Excerpt.requireNoControl(text, Refusal.of("noun.size"));
        String t = text.trim();
        if (t.startsWith("-")) {
            throw RefusalException.of("size.negative", Excerpt.quote(text));
        }
        Matcher m = t.length() > MAX_TEXT ? null : FORM.matcher(t);
        if (m == null || !m.matches()) {
            throw RefusalException.of("size.notSize", Excerpt.quote(text));
        }
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(factor(m.group(2), text)));
        if (bytes.compareTo(BigDecimal.valueOf(MAX_PARSED)) > 0) {
            throw RefusalException.of("size.tooLarge", Excerpt.quote(text));
        }
        if (bytes.stripTrailingZeros().scale() > 0) {
            throw RefusalException.of("size.fraction", Excerpt.quote(text));
        }
        return ofBytes(bytes.longValueExact());
    }

    private static long factor(String unit, String text) {
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "": case "b": return 1;
            case "kb": return 1_000L;
            case "mb": return 1_000_000L;
            case "gb": return 1_000_000_000L;
            case "k": case "kib": return 1L << 10;
            case "m": case "mib": return 1L << 20;
            case "g": case "gib": return 1L << 30;
            default:
                throw RefusalException.of("size.unknownUnit", Excerpt.quote(unit), Excerpt.quote(text));
        }
    }

    /** Bits, for transfer-time arithmetic. */
    public long bits() {
        return Math.multiplyExact(bytes, 8L);
    }

    @Override
    public int compareTo(ByteSize o) {
        return Long.compare(bytes, o.bytes);
    }

    @Override
    public String toString() {
        if (bytes == 0) {
            return "0B";
        }
        for (int i = 0; i < DECIMAL.length; i++) {
            if (bytes % DECIMAL_FACTOR[i] == 0) {
                return bytes / DECIMAL_FACTOR[i] + DECIMAL[i];
            }
        }
        for (int i = 0; i < BINARY.length; i++) {
            if (bytes % BINARY_FACTOR[i] == 0) {
                return bytes / BINARY_FACTOR[i] + BINARY[i];
            }
        }
        return bytes + "B";
    }
}
