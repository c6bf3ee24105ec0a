package dev.rollscope.model.export.mermaid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes any user text for a Mermaid sequence diagram, so that the diagram parses and a reader
 * sees exactly that text (see docs/decisions/0002-mermaid-escaping.md for the evidence).
 *
 * <p>Characters are written as Mermaid entity codes ({@code #59;}), which Mermaid turns into
 * placeholders before parsing and into HTML character references in the SVG:
 * <ul>
 *   <li>always {@code # ; < > & \ $};</li>
 *   <li>{@code °} after {@code ﬂ} and {@code ß} after {@code ¶}: Mermaid's placeholders are
 *       built of these pairs, and it would turn them into {@code &} and {@code ;};</li>
 *   <li>{@code %} when another {@code %} follows (so no {@code %%} comment or directive);</li>
 *   <li>leading and trailing white space (Mermaid trims texts);</li>
 *   <li>a colon that starts the text or ends a leading {@code wrap} or {@code nowrap}
 *       (Mermaid reads {@code wrap:} as a directive and drops it);</li>
 *   <li>a colon not followed by a space or tab: before parsing, Mermaid drops the last {@code ;} of
 *       any line matching {@code style.*:\S*#.*;} or {@code classDef.*:\S*#.*;}, which would cut an
 *       entity code ({@code lifestyle port:8080#59;}); with no colon directly before a non-space,
 *       no line we write can match (the colons of our own syntax are followed by a space);</li>
 *   <li>in box titles also {@code (} and {@code )}, which Mermaid would read as part of the colour.</li>
 * </ul>
 * Line breaks become {@code <br/>}; control characters, lone surrogates and U+FFFE/U+FFFF, which
 * an SVG cannot hold, become U+FFFD. Everything else (letters of any script, emoji, quotes,
 * brackets, other punctuation) is kept as typed.
 *
 * <p>Block labels ({@code loop}, {@code alt}, {@code else}...) are word-wrapped by Mermaid, which
 * hyphenates a word wider than the block anywhere, also inside an entity code (the SVG then shows
 * debris and can even stop being XML). So in block labels each entity code stands as a word of its
 * own ({@code a;b} shows as {@code a ; b}) and leading and trailing white space is dropped
 * (Mermaid collapses the spaces of a block label anyway). In a block as narrow as one lifeline a
 * code can still be hyphenated; tools/mermaid-render/render.sh reports it.
 */
public final class MermaidText {

    private static final String LINE_BREAK = "<br/>";
    private static final Pattern BREAKS = Pattern.compile("\r\n|[\r\n\u2028\u2029]");
    private static final Pattern ENTITY_CODE = Pattern.compile("#\\d+;");
    private static final Pattern WRAP_PREFIX = Pattern.compile("^(?:no)?wrap:", Pattern.CASE_INSENSITIVE);
    private static final String ALWAYS = "#;<>&\\$";
    private static final String BOX_TITLE = "()";

    private MermaidText() {
    }

    /** A participant name, message, note or block label; line breaks become {@code <br/>}. */
    public static String text(String text) {
        return escape(text, "");
    }

    /** A label of a block or branch: as {@link #text}, with spaces around each entity code. */
    public static String blockLabel(String text) {
        String escaped = text(trim(text));
        StringBuilder out = new StringBuilder(escaped.length() + 8);
        Matcher code = ENTITY_CODE.matcher(escaped);
        int done = 0;
        while (code.find()) {
            out.append(escaped, done, code.start());
            if (code.start() > 0 && escaped.charAt(code.start() - 1) != ' ') {
                out.append(' ');
            }
            out.append(code.group());
            if (code.end() < escaped.length() && escaped.charAt(code.end()) != ' ') {
                out.append(' ');
            }
            done = code.end();
        }
        return out.append(escaped, done, escaped.length()).toString();
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
        int first = firstKept(row);
        int end = endKept(row, first);
        int riskyColon = startsText ? riskyColon(row) : -1;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (!isSvgCharacter(row, i)) {
                out.append('\uFFFD');
            } else if (i < first || i >= end || i == riskyColon || isStyleColon(row, i, end)
                    || mustEscape(row, i, alsoEscaped)) {
                out.append('#').append((int) c).append(';');
            } else {
                out.append(c);
            }
        }
    }

    /** A colon that a non-space follows: its row, written after it, could complete a {@code style} line. */
    private static boolean isStyleColon(String row, int i, int end) {
        if (row.charAt(i) != ':') {
            return false;
        }
        return i + 1 >= end || row.charAt(i + 1) != ' ' && row.charAt(i + 1) != '\t';
    }

    private static boolean mustEscape(String row, int i, String alsoEscaped) {
        char c = row.charAt(i);
        char previous = i > 0 ? row.charAt(i - 1) : 0;
        boolean doublePercent = c == '%' && i + 1 < row.length() && row.charAt(i + 1) == '%';
        boolean placeholderPair = (previous == '\uFB02' && c == '\u00B0') || (previous == '\u00B6' && c == '\u00DF');
        return ALWAYS.indexOf(c) >= 0 || alsoEscaped.indexOf(c) >= 0 || doublePercent || placeholderPair;
    }

    private static String trim(String text) {
        int first = firstKept(text);
        return text.substring(first, endKept(text, first));
    }

    private static int firstKept(String text) {
        int first = 0;
        while (first < text.length() && isTrimmed(text.charAt(first))) {
            first++;
        }
        return first;
    }

    private static int endKept(String text, int first) {
        int end = text.length();
        while (end > first && isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int riskyColon(String row) {
        if (row.startsWith(":")) {
            return 0;
        }
        var wrap = WRAP_PREFIX.matcher(row);
        return wrap.find() ? wrap.end() - 1 : -1;
    }

    /** What JavaScript's {@code String.trim} removes. */
    private static boolean isTrimmed(char c) {
        return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\uFEFF'
                || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.SPACE_SEPARATOR;
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
