package dev.rollscope.model.analysis.remedy;

import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.sweep.PauseAssumption;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A remedy and what the danger search found with it in place: every start offset and routing
 * choice, and the fix plan still needed on top of it, verified by searching again.
 *
 * @param remedy the remedy tried
 * @param after  the request's search and fix plan on the scenario with the remedy in place
 */
public record RemedyAnswer(Remedy remedy, RequestSafety after) {

    private static final String BUNDLE = "dev.rollscope.model.analysis.remedy.remedy";

    /** True when the remedy, with its verified fix plan if it needs one, makes the request survive. */
    public boolean works() {
        return after.safe() || after.plan().verified();
    }

    /**
     * In words: the remedy and "survives with nothing else changed" (for a GCS upload with the
     * assumption that rests on, {@link PauseAssumption}), or the remedy and its verified
     * plan line by line, or the remedy and what still fails with it, or that its search was cut off
     * at the route cap with nothing failing (not fully searched: neither saves nor fails).
     */
    public List<String> lines(Locale locale) {
        ResourceBundle b = bundle(locale);
        String replaced = remedy.replacedText(locale);
        String instead = remedy.text(locale);
        List<String> out = new ArrayList<>();
        if (after.safe()) {
            out.add(format(b, "remedy.safe", locale, replaced, instead)
                    + PauseAssumption.of(after.plan().request(), locale).orElse(""));
        } else if (after.plan().verified()) {
            out.add(format(b, "remedy.planned", locale, replaced, instead));
            after.plan().lines(locale).forEach(line -> out.add("  " + line));
        } else if (after.found().unfinished()) {
            out.add(format(b, "remedy.unfinished", locale, replaced, instead, after.found().unfinishedText(locale)));
        } else {
            out.add(format(b, "remedy.fails", locale, replaced, instead, after.found().stillFailing(locale)));
        }
        return out;
    }

    /** The remedy bundle's text {@code key} with its arguments. */
    static String text(Locale locale, String key, Object... args) {
        return format(bundle(locale), key, locale, args);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    private static String format(ResourceBundle b, String key, Locale locale, Object... args) {
        return new MessageFormat(b.getString(key), locale).format(args);
    }
}
