package dev.rollscope.model.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a {@link MessageFormat} pattern whose counts choose their words, as in
 * {@code {0,choice,1#1 pod|1<{0} pods}}, from arguments that may give those counts as text: a
 * string that a choice reads is read as a number. Write such a count {@code {0,number,0}} where
 * it should show as the text did, without grouping.
 */
public final class Counted {

    private static final Pattern CHOICE = Pattern.compile("\\{\\s*(\\d+)\\s*,\\s*choice\\s*,");

    private Counted() {
    }

    /** {@code pattern} in {@code locale} filled with {@code args}. */
    public static String format(String pattern, Locale locale, Object... args) {
        Object[] values = args.clone();
        Matcher m = CHOICE.matcher(pattern);
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            if (i < values.length && values[i] instanceof String s) {
                values[i] = Double.valueOf(s);
            }
        }
        return new MessageFormat(pattern, locale).format(values);
    }
}
