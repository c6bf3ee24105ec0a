package dev.rollscope.model.i18n;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the bundle tests compare between a MessageFormat pattern in English and in Chinese. */
public final class BundlePatterns {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    private BundlePatterns() {
    }

    /** The argument numbers the pattern uses, plain or formatted ({@code {2,choice,...}}), such as {@code [0, 2]}. */
    public static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
