package dev.rollscope.model.export.mermaid;

import java.util.regex.Pattern;

/**
 * Escapes any user text for a Mermaid sequence diagram, so that the diagram parses and a reader
 * sees exactly that text (see docs/decisions/0001-mermaid-escaping.md for the evidence).
 *
 * <p>Characters are written as Mermaid entity codes ({@code #59;}), which Mermaid turns into
 * placeholders before parsing and into HTML character references in the SVG:
 * <ul>
 *   <li>always {@code # ; < > & \ $}, and {@code ﬂ} (U+FB02) and {@code ¶} (U+00B6), of which
 *       Mermaid builds its placeholders;</li>
 *   <li>{@code %} when another {@code %} follows (so no {@code %%} comment or directive);</li>
 *   <li>leading and trailing white space (Mermaid trims texts);</li>
 *   <li>a colon that starts the text or ends a leading {@code wrap} or {@code nowrap}
 *       (Mermaid reads {@code wrap:} as a directive and drops it);</li>
 *   <li>in box titles also {@code (} and {@code )}, which Mermaid would read as part of the colour.</li>
 * </ul>
 * Line breaks become {@code <br/>}; control characters, lone surrogates and U+FFFE/U+FFFF, which
 * an SVG cannot hold, become U+FFFD. Everything else (letters of any script, emoji, quotes,
 * brackets, other punctuation) is kept as typed.
 */
public final class MermaidText {

    private static final String LINE_BREAK = "<br/>";
    private static final Pattern BREAKS = Pattern.compile("\r\n|[\r\n\u2028\u2029]");
    private static final Pattern WRAP_PREFIX = Pattern.compile("^(?:no)?wrap:", Pattern.CASE_INSENSITIVE);
    private static final String ALWAYS = "#;<>&\\$\uFB02\u00B6";
    private static final String BOX_TITLE = "()";

    private MermaidText() {
    }

    /** A participant name, message, note or block label; line breaks become {@code <br/>}. */
    public static String text(String text) {
        return escape(text, "");
    }

    /** A box title: as {@link #text} and also parentheses. */
    public static String boxTitle(String text) {
        return escape(text, BOX_TITLE);
    }

    /** A diagram title or a comment: one line, so line breaks become spaces. */
    public static String line(String text) {
        return escape(BREAKS.matcher(text).replaceAll(" "), "");
    }

    private static String escape(String text, String alsoEscaped) {
        String[] rows = BREAKS.split(text, -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < rows.length; i++) {
            if (i > 0) {
                out.append(LINE_BREAK);
            }
            escapeRow(rows[i], i == 0, alsoEscaped, out);
        }
        return out.toString();
    }

    private static void escapeRow(String row, boolean startsText, String alsoEscaped, StringBuilder out) {
        int first = 0;
        while (first < row.length() && isTrimmed(row.charAt(first))) {
            first++;
        }
        int end = row.length();
        while (end > first && isTrimmed(row.charAt(end - 1))) {
            end--;
        }
        int riskyColon = startsText ? riskyColon(row) : -1;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (!isSvgCharacter(row, i)) {
                out.append('\uFFFD');
            } else if (i < first || i >= end || i == riskyColon || mustEscape(row, i, alsoEscaped)) {
                out.append('#').append((int) c).append(';');
            } else {
                out.append(c);
            }
        }
    }

    private static boolean mustEscape(String row, int i, String alsoEscaped) {
        char c = row.charAt(i);
        boolean doublePercent = c == '%' && i + 1 < row.length() && row.charAt(i + 1) == '%';
        return ALWAYS.indexOf(c) >= 0 || alsoEscaped.indexOf(c) >= 0 || doublePercent;
    }

    private static int riskyColon(String row) {
        if (row.startsWith(":")) {
            return 0;
        }
        var wrap = WRAP_PREFIX.matcher(row);
        return wrap.find() ? wrap.end() - 1 : -1;
    }

    /** What JavaScript's {@code String.trim} removes, apart from line breaks (already rows). */
    private static boolean isTrimmed(char c) {
        return c == '\t' || c == '\u000B' || c == '\f' || c == '\uFEFF'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isSvgCharacter(String row, int i) {
        char c = row.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < row.length() && Character.isLowSurrogate(row.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(row.charAt(i - 1));
        }
        boolean control = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F);
        return !control && c != '\uFFFE' && c != '\uFFFF';
    }
}
