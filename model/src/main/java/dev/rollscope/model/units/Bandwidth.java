package dev.rollscope.model.units;

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

    public Bandwidth {
        if (bitsPerSecond <= 0) {
            throw new IllegalArgumentException("a bandwidth must be positive: " + bitsPerSecond + " bit/s");
        }
    }

    public static Bandwidth ofMbit(long mbit) {
        return new Bandwidth(Math.multiplyExact(mbit, 1_000_000L));
    }

    /**
     * Parses a bandwidth.
     *
     * @throws IllegalArgumentException naming the text when it is not a bandwidth
     */
    public static Bandwidth parse(String text) {
        String t = text.trim();
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "not a bandwidth: \"" + text + "\" (write it like 10Mbit/s, 1Gbit/s or 512kbit/s)");
        }
        long factor = 1;
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k": factor = 1_000L; break;
            case "m": factor = 1_000_000L; break;
            case "g": factor = 1_000_000_000L; break;
            default: break;
        }
        double bps = Double.parseDouble(m.group(1)) * factor;
        if (bps != Math.rint(bps) || bps <= 0) {
            throw new IllegalArgumentException("a bandwidth is a positive whole number of bit/s: \"" + text + "\"");
        }
        return new Bandwidth((long) bps);
    }

    /**
     * Milliseconds needed to move {@code size} at this rate, rounded up to the next whole
     * millisecond (a transfer is not done until its last bit is).
     */
    public long transferMillis(ByteSize size) {
        return transferMillis(size.bytes(), bitsPerSecond);
    }

    /** {@link #transferMillis(ByteSize)} on plain numbers, for hot paths. */
    public static long transferMillis(long bytes, long bitsPerSecond) {
        if (bytes == 0) {
            return 0;
        }
        long bits = Math.multiplyExact(bytes, 8L);
        long whole = bits / bitsPerSecond;
        long rest = bits % bitsPerSecond;
        return Math.addExact(Math.multiplyExact(whole, 1000L), (rest * 1000L + bitsPerSecond - 1) / bitsPerSecond);
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
