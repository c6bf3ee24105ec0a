package dev.rollscope.model.units;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
import java.util.Collection;

/**
 * How an error message quotes what a user wrote: in double quotes, with control characters,
 * quotes and backslashes escaped as in JSON, and cut after {@link #MAX_CHARS} characters with the
 * full length added, so that a message stays one short line whatever the input.
 */
public final class Excerpt {

    /** The most characters of the input a quote shows. */
    public static final int MAX_CHARS = 40;
    private static final int MAX_LISTED = 8;

    private Excerpt() {
    }

    /** {@code "60s\u0000"}, or {@code "aaaa…" (1048576 characters)} for a long text. */
    public static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        int shown = Math.min(text.length(), MAX_CHARS);
        if (shown < text.length() && Character.isHighSurrogate(text.charAt(shown - 1))) {
            shown--;
        }
        escape(text.substring(0, shown), sb);
        if (shown < text.length()) {
            return sb.append("…\" (").append(text.length()).append(" characters)").toString();
        }
        return sb.append('"').toString();
    }

    /** The text escaped like {@link #quote} and cut after {@link #MAX_CHARS} characters, without quotes. */
    public static String cut(String text) {
        String q = quote(text);
        return q.substring(1, q.lastIndexOf('"'));
    }

    /** Names for a message: each {@link #cut}, at most eight, then how many there are in all. */
    public static String list(Collection<String> names) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (String name : names) {
            if (i == MAX_LISTED) {
                return sb.append(", … (").append(names.size()).append(" in all)").toString();
            }
            sb.append(i++ == 0 ? "" : ", ").append(cut(name));
        }
        return sb.toString();
    }

    /** The text with control characters, quotes and backslashes escaped, not cut. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        escape(text, sb);
        return sb.toString();
    }

    /** True when the text holds a character no unit or name may contain: a control or line separator. */
    public static boolean hasControl(String text) {
        return text.chars().anyMatch(Excerpt::isControl);
    }

    /**
     * Refuses a text with a control character, before any parser trims it away.
     *
     * @param what what the text should be, for the message: {@code noun.timeSpan}
     * @throws IllegalArgumentException naming the text
     */
    public static void requireNoControl(String text, Refusal what) {
        if (hasControl(text)) {
            throw RefusalException.of("noControl", what, quote(text));
        }
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static void escape(String text, StringBuilder sb) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (isControl(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
