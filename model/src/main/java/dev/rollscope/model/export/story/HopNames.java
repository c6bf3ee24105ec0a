package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Topology;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names diagrams give hops: the hop's name, followed by its id when another hop's name looks
 * the same (equal once runs of white space are one space and the ends are trimmed: {@code Kong DP},
 * {@code Kong  DP}, {@code Kong DP }, {@code Kong<tab>DP}); and, for a participant box, wrapped into
 * lines of at most {@link #LINE_COLUMNS} columns so that a long name does not widen the diagram.
 */
final class HopNames {

    /** Columns per line of a participant label; a CJK character takes two. */
    static final int LINE_COLUMNS = 24;

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}\uFEFF]+");

    private final Map<String, String> labels = new HashMap<>();

    private HopNames(Topology topology, ExportTexts t) {
        Map<String, Integer> looks = new HashMap<>();
        for (Hop hop : topology.hops()) {
            looks.merge(normalised(hop.name()), 1, Integer::sum);
        }
        for (Hop hop : topology.hops()) {
            boolean collides = looks.get(normalised(hop.name())) > 1;
            labels.put(hop.id(), collides ? t.get("participant.hop", hop.name(), hop.id()) : hop.name());
        }
    }

    static HopNames of(Topology topology, ExportTexts t) {
        return new HopNames(topology, t);
    }

    /** The hop's name as diagrams show it, on one line. */
    String label(Hop hop) {
        return labels.get(hop.id());
    }

    static String normalised(String name) {
        return WHITE_SPACE.matcher(name).replaceAll(" ").trim();
    }

    /**
     * {@code text} broken into lines of at most {@link #LINE_COLUMNS} columns: at a space (which the
     * line break replaces), or inside a word longer than a line.
     */
    static String wrapped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int columns = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = columns(c);
            if (c == '\n') {
                columns = 0;
                lastSpace = -1;
            } else if (columns + width > LINE_COLUMNS && columns > 0) {
                if (c == ' ') {
                    out.append('\n');
                    columns = 0;
                    lastSpace = -1;
                    i++;
                    continue;
                }
                if (lastSpace >= 0) {
                    out.setCharAt(lastSpace, '\n');
                    columns = widthOf(out, lastSpace + 1);
                } else {
                    out.append('\n');
                    columns = 0;
                }
                lastSpace = -1;
            }
            if (c == ' ') {
                lastSpace = out.length();
            }
            out.appendCodePoint(c);
            columns += c == '\n' ? 0 : width;
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static int widthOf(CharSequence s, int from) {
        int w = 0;
        for (int i = from; i < s.length(); ) {
            int c = Character.codePointAt(s, i);
            w += columns(c);
            i += Character.charCount(c);
        }
        return w;
    }

    /** Two columns for the wide characters of East Asian scripts and emoji, one for the rest. */
    private static int columns(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF60 || c >= 0x1F300 && c <= 0x1FAFF;
        return wide ? 2 : 1;
    }
}
