package dev.rollscope.model.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of diagrams and reports, from the bundle {@code dev/rollscope/model/export/exports}
 * (English, Simplified Chinese). Patterns are {@link MessageFormat}s; pass strings as arguments so
 * that no number is reformatted.
 */
public final class ExportTexts {

    private static final String BUNDLE = "dev.rollscope.model.export.exports";

    private final ResourceBundle bundle;
    private final Locale locale;

    public ExportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    public Locale locale() {
        return locale;
    }

    /** The pattern of {@code key} filled with {@code args}. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** True when the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
