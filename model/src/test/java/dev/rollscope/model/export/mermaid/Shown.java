package dev.rollscope.model.export.mermaid;

import java.util.regex.Pattern;

/**
 * What a reader should see for a typed text, written independently of {@link MermaidText}: line
 * breaks are lines ("\n") or, in one-line texts, spaces, and characters an SVG cannot hold are U+FFFD.
 */
public final class Shown {

    private static final Pattern BREAKS = Pattern.compile("\r\n|[\r\n\u2028\u2029]");
    private static final Pattern NOT_IN_SVG = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\uFFFE\uFFFF]");

    private Shown() {
    }

    public static String text(String typed) {
        return NOT_IN_SVG.matcher(BREAKS.matcher(typed).replaceAll("\n")).replaceAll("\uFFFD");
    }

    /** Block labels get spaces around escaped characters and lose outer white space: compare them without any. */
    static String withoutSpaces(String shown) {
        return shown.replaceAll("[\\s\\p{Zs}\uFEFF]", "");
    }

    public static String line(String typed) {
        return NOT_IN_SVG.matcher(BREAKS.matcher(typed).replaceAll(" ")).replaceAll("\uFFFD");
    }
}
