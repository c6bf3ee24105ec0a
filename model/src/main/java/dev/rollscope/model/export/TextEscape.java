package dev.rollscope.model.export;

/**
 * Makes text from a file safe to print on one line of a terminal or a log: control characters
 * (C0, DEL, C1: newlines, tabs, ESC that starts terminal codes), line and paragraph separators and
 * the bidirectional overrides that reorder what follows are written as escapes ({@code \n},
 * {@code \r}, {@code \t}, {@code \u001B}), so a name cannot move the cursor, colour the screen, or
 * print a line that looks like one of Rollscope's own. Everything else, Chinese included, is kept.
 */
public final class TextEscape {

    private TextEscape() {
    }

    /** The text with every character that could forge output escaped; the same text when there is none. */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else {
                b.append(String.format("\\u%04X", (int) c));
            }
        }
        return b.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
