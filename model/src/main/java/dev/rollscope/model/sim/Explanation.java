package dev.rollscope.model.sim;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A failure told in words, in English or Simplified Chinese: a one-line summary, why it happened,
 * the inequality it broke, and the fix.
 */
public record Explanation(String summary, String why, String inequality, String fix) {

    private static final String BUNDLE = "dev.rollscope.model.sim.explanations";

    /** The explanation of a failure in the given language (English when there is no translation). */
    public static Explanation of(Failure f, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_DEFAULT));
        Object[] args = f.args().toArray();
        String key = "cause." + f.cause().name() + ".";
        return new Explanation(format(b, key + "summary", args, locale), format(b, key + "why", args, locale),
                format(b, key + "inequality", args, locale), format(b, key + "fix", args, locale));
    }

    private static String format(ResourceBundle b, String key, Object[] args, Locale locale) {
        return new MessageFormat(b.getString(key), locale).format(args);
    }
}
