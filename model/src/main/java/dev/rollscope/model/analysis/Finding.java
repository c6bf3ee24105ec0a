package dev.rollscope.model.analysis;

import dev.rollscope.model.i18n.Counted;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.SettingRef;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One inequality of domain.md §9 that a topology breaks for a scenario's requests.
 *
 * @param check    the check's id ({@code drain}, {@code kong-quit-timeout}); its texts are the
 *                 bundle entries {@code check.ID.message} and {@code check.ID.fix} of
 *                 {@code dev/rollscope/model/analysis/findings}, filled with {@code args}
 * @param hop      the hop the finding is about
 * @param settings the settings involved, with their values
 * @param fixes    setting changes that make the inequality hold
 */
public record Finding(Severity severity, String check, String hop, List<SettingRef> settings,
                      List<SettingChange> fixes, List<String> args) {

    private static final String BUNDLE = "dev.rollscope.model.analysis.findings";

    public Finding {
        settings = List.copyOf(settings);
        fixes = List.copyOf(fixes);
        args = List.copyOf(args);
    }

    /** The finding in words, in English or Simplified Chinese. */
    public String message(Locale locale) {
        return text("message", locale);
    }

    /** The fix in words. */
    public String fixText(Locale locale) {
        return text("fix", locale);
    }

    private String text(String part, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return Counted.format(b.getString("check." + check + "." + part), locale, args.toArray());
    }

    /** True when the finding names this setting of this hop. */
    public boolean names(String hopId, String settingId) {
        return settings.stream().anyMatch(r -> r.hop().equals(hopId) && r.setting().equals(settingId));
    }
}
