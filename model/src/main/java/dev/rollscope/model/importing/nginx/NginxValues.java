package dev.rollscope.model.importing.nginx;

import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * nginx's own value syntax (nginx.org "Configuration file measurement units"): times such as
 * {@code 75s}, {@code 1m}, {@code 1h30m}, {@code 500ms} or a bare number of seconds; sizes such as
 * {@code 1m}, {@code 8k} or a bare number of bytes; flags {@code on}/{@code off}.
 */
public final class NginxValues {

    private static final Pattern TIME_PART = Pattern.compile("(\\d+)(ms|s|m|h|d|w|M|y)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)([kKmMgG]?)");

    private NginxValues() {
    }

    /** @throws IllegalArgumentException naming the text when it is not an nginx time */
    public static TimeSpan time(String text) {
        String t = text.trim().replaceAll("(?<=[a-zA-Z])\\s+", "");
        Matcher m = TIME_PART.matcher(t);
        long millis = 0;
        int end = 0;
        boolean bare = false;
        while (end < t.length() && m.find(end) && m.start() == end) {
            if (bare) {
                throw bad("nginx.time", text);
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2);
            bare = unit == null;
            millis = Math.addExact(millis, Math.multiplyExact(n, unitMillis(unit == null ? "s" : unit)));
            end = m.end();
        }
        if (end != t.length() || t.isEmpty()) {
            throw bad("nginx.time", text);
        }
        return TimeSpan.ofMillis(millis);
    }

    /** A value nginx would not read: the entry {@code refused.KEY} of the import report's bundle. */
    private static RefusalException bad(String key, String text) {
        return new RefusalException(ImportException.words(key, text));
    }

    private static long unitMillis(String unit) {
        switch (unit) {
            case "ms": return 1;
            case "s": return 1_000;
            case "m": return 60_000;
            case "h": return 3_600_000;
            case "d": return 86_400_000;
            case "w": return 7 * 86_400_000L;
            case "M": return 30 * 86_400_000L;
            case "y": return 365 * 86_400_000L;
            default: throw new IllegalStateException(unit);
        }
    }

    /** @throws IllegalArgumentException naming the text when it is not an nginx size */
    public static ByteSize size(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw bad("nginx.size", text);
        }
        long n = Long.parseLong(m.group(1));
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k": return ByteSize.ofBytes(Math.multiplyExact(n, 1L << 10));
            case "m": return ByteSize.ofBytes(Math.multiplyExact(n, 1L << 20));
            case "g": return ByteSize.ofBytes(Math.multiplyExact(n, 1L << 30));
            default: return ByteSize.ofBytes(n);
        }
    }

    /** @throws IllegalArgumentException when the text is neither {@code on} nor {@code off} */
    public static boolean flag(String text) {
        switch (text) {
            case "on": return true;
            case "off": return false;
            default: throw bad("nginx.flag", text);
        }
    }

    /** @throws IllegalArgumentException when the text is not a whole number */
    public static int count(String text) {
        if (!text.matches("\\d{1,9}")) {
            throw bad("nginx.count", text);
        }
        return Integer.parseInt(text);
    }

    /** The canonical nginx text of a time: {@code 75s}, {@code 10m}, {@code 1500ms}. */
    public static String format(TimeSpan t) {
        long ms = t.millis();
        if (ms % 60_000 == 0 && ms > 0) {
            return ms % 3_600_000 == 0 ? ms / 3_600_000 + "h" : ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /** The canonical nginx text of a size: {@code 50m} when whole MiB, else {@code k}, else bytes. */
    public static String format(ByteSize s) {
        long b = s.bytes();
        if (b > 0 && b % (1L << 30) == 0) {
            return b / (1L << 30) + "g";
        }
        if (b > 0 && b % (1L << 20) == 0) {
            return b / (1L << 20) + "m";
        }
        return b > 0 && b % 1024 == 0 ? b / 1024 + "k" : Long.toString(b);
    }
}
