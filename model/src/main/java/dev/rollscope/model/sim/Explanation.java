package dev.rollscope.model.sim;

import dev.rollscope.model.i18n.Counted;
import dev.rollscope.model.i18n.Labels;
import dev.rollscope.model.units.TimeSpan;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A failure told in words, in English or Simplified Chinese: a one-line summary, why it happened,
 * the inequality it broke, and the fix.
 */
public record Explanation(String summary, String why, String inequality, String fix) {

    private static final String BUNDLE = "dev.rollscope.model.sim.explanations";
    /**
     * The time a request needed when its client stops reading: its response never ends, so the texts
     * say so ({@code phrase.unending}) and the fix is the client's, whatever the cause.
     */
    public static final String UNENDING = "@unending";

    /** The explanation of a failure in the given language (English when there is no translation). */
    public static Explanation of(Failure f, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_DEFAULT));
        Object[] args = f.args().toArray();
        String key = "cause." + f.cause().name() + ".";
        return new Explanation(format(b, key + "summary", args, locale) + data(b, f, "summary", locale),
                format(b, key + "why", args, locale) + stalled(b, f, locale) + pdb(b, f, locale)
                        + data(b, f, "why", locale),
                format(b, key + "inequality", args, locale),
                f.args().contains(UNENDING) ? b.getString("phrase.unending.fix") : format(b, key + "fix", args, locale));
    }

    /**
     * What became of the request's database transaction and whether a retry may repeat it
     * (domain.md §16), or "" when it has none: {@code data.KIND.part}, then for the why whether
     * retrying is safe, filled with the instance, begin and commit times.
     */
    private static String data(ResourceBundle b, Failure f, String part, Locale locale) {
        DataFate d = f.data();
        if (d == null) {
            return "";
        }
        Object[] args = {d.instance(), d.begin() < 0 ? "" : "t=" + TimeSpan.ofMillis(d.begin()).toHuman(),
            d.commit() < 0 ? "" : "t=" + TimeSpan.ofMillis(d.commit()).toHuman()};
        String text = format(b, "data." + d.kind().name() + "." + part, args, locale);
        if (part.equals("summary")) {
            return text;
        }
        String retry = d.idempotent() ? "idempotent" : d.kind().mayBeWritten() ? "duplicate" : "safe";
        return text + format(b, "data.retry." + retry, args, locale);
    }

    /** The sentence that says a PodDisruptionBudget did not hold back the rollout, or "". */
    private static String pdb(ResourceBundle b, Failure f, Locale locale) {
        return f.pdbBypassed() ? format(b, "pdb.rollout.why", new Object[] {f.hop()}, locale) : "";
    }

    /** The sentence that tells what had stalled the request before it ended, or "" when nothing had. */
    private static String stalled(ResourceBundle b, Failure f, Locale locale) {
        Stall s = f.stall();
        if (s == null || s.since() >= f.time()) {
            return "";
        }
        String where = s.instance().isEmpty() ? s.hop() : s.instance();
        return format(b, "stall.why", new Object[] {
            "t=" + TimeSpan.ofMillis(s.since()).toHuman(), Labels.of(locale).name(s.cause()), where,
            "t=" + TimeSpan.ofMillis(f.time()).toHuman()}, locale);
    }

    /**
     * The text of {@code key} filled with {@code args}. An argument {@code @name} stands for the
     * bundle's phrase {@code phrase.name.part} ({@code part} being the last word of {@code key}:
     * summary, why, inequality, fix) or else {@code phrase.name}, itself filled with the same
     * arguments: the engine chooses which sentence holds for the case, the bundle words it.
     */
    private static String format(ResourceBundle b, String key, Object[] args, Locale locale) {
        Object[] filled = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            filled[i] = args[i] instanceof String s && s.startsWith("@") ? phrase(b, s.substring(1), key, args, locale)
                    : args[i];
        }
        return Counted.format(b.getString(key), locale, filled);
    }

    /** A phrase is filled with the plain arguments only: phrases do not nest. */
    private static String phrase(ResourceBundle b, String name, String key, Object[] args, Locale locale) {
        String part = "phrase." + name + key.substring(key.lastIndexOf('.'));
        return Counted.format(b.getString(b.containsKey(part) ? part : "phrase." + name), locale, args);
    }
}
