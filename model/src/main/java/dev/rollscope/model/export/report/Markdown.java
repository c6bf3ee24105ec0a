package dev.rollscope.model.export.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds GitHub-flavoured Markdown: headings, paragraphs, tables and fenced blocks. Every text is
 * taken as typed and escaped so that it shows as typed: HTML is neutralised, table cells cannot
 * break their row, and a fence is always longer than any run of backticks inside it.
 */
final class Markdown {

    private final StringBuilder out = new StringBuilder();

    Markdown heading(int level, String text) {
        out.append("#".repeat(level)).append(' ').append(inline(text)).append("\n\n");
        return this;
    }

    Markdown paragraph(String text) {
        if (!text.isBlank()) {
            out.append(inline(text)).append("\n\n");
        }
        return this;
    }

    /** A paragraph whose text is already Markdown (only built from escaped parts). */
    Markdown raw(String markdown) {
        out.append(markdown).append("\n\n");
        return this;
    }

    /** A table of cells that are already Markdown ({@link #inline}, {@link #code}); every row as long as the header. */
    Markdown table(List<String> header, List<List<String>> rows) {
        row(header);
        List<String> rule = new ArrayList<>();
        header.forEach(h -> rule.add("---"));
        out.append('|').append(String.join("|", rule)).append("|\n");
        rows.forEach(this::row);
        out.append('\n');
        return this;
    }

    private void row(List<String> cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(c).append(" |");
        }
        out.append('\n');
    }

    /** A fenced block ({@code mermaid}, {@code json}) holding {@code text} verbatim. */
    Markdown fence(String info, String text) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
        out.append(fence).append(info).append('\n').append(text);
        if (!text.endsWith("\n")) {
            out.append('\n');
        }
        out.append(fence).append("\n\n");
        return this;
    }

    /** Text for a line of Markdown: HTML and Markdown markers shown as typed, line breaks as spaces. */
    static String inline(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.replaceAll("\\R", " ").toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '#' -> s.append('\\').append(c);
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Inline code: {@code `text`} with a fence longer than any backtick run inside. */
    static String code(String text) {
        String oneLine = text.replaceAll("\\R", " ");
        String ticks = "`".repeat(longestBacktickRun(oneLine) + 1);
        String pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
        return ticks + pad + oneLine + pad + ticks;
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
