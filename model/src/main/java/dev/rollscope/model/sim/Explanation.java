package dev.rollscope.model.sim;

import dev.rollscope.model.units.TimeSpan;
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
        return new Explanation(format(b, key + "summary", args, locale),
                format(b, key + "why", args, locale) + stalled(b, f, locale),
                format(b, key + "inequality", args, locale), format(b, key + "fix", args, locale));
    }

    /** The sentence that tells what had stalled the request before it ended, or "" when nothing had. */
    private static String stalled(ResourceBundle b, Failure f, Locale locale) {
        Stall s = f.stall();
        if (s == null || s.since() >= f.time()) {
            return "";
        }
        String where = s.instance().isEmpty() ? s.hop() : s.instance();
        return format(b, "stall.why", new Object[] {
            "t=" + TimeSpan.ofMillis(s.since()).toHuman(), s.cause().name(), where,
            "t=" + TimeSpan.ofMillis(f.time()).toHuman()}, locale);
    }

    private static String format(ResourceBundle b, String key, Object[] args, Locale locale) {
        return new MessageFormat(b.getString(key), locale).format(args);
    }
}
