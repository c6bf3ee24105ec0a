package dev.rollscope.model.export.svg;

/** Text for SVG (XML): markup characters as entities, characters XML cannot hold replaced. */
final class SvgText {

    private SvgText() {
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                default -> s.appendCodePoint(allowed(c) ? c : 0xFFFD);
            }
        });
        return s.toString();
    }

    /** XML 1.0's Char production, without the line breaks (a label is one line). */
    private static boolean allowed(int c) {
        return c == '\t' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }
}
