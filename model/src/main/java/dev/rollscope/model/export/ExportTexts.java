package dev.rollscope.model.export;

import dev.rollscope.model.i18n.Counted;
import dev.rollscope.model.i18n.Labels;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of diagrams and reports, from the bundle {@code dev/rollscope/model/export/exports}
 * (English, Simplified Chinese). Patterns are {@link MessageFormat}s; pass strings as arguments so
 * that no number is reformatted (a count that chooses its words is read back as a number by
 * {@link Counted}). The names of the model's constants (causes, hop kinds, ...) are
 * the model's {@link Labels}.
 */
public final class ExportTexts {

    private static final String BUNDLE = "dev.rollscope.model.export.exports";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Labels labels;

    public ExportTexts(Locale locale) {
        this.locale = locale;
        this.labels = Labels.of(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    public Locale locale() {
        return locale;
    }

    /** The pattern of {@code key} filled with {@code args}. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : Counted.format(pattern, locale, args);
    }

    /** The name of a constant of the model, from {@link Labels}. */
    public String label(Enum<?> constant) {
        return labels.name(constant);
    }

    /** The model's names of its constants in this language. */
    public Labels labels() {
        return labels;
    }

    /** The short name of a platform or front, from {@link Labels}. */
    public String shortLabel(Enum<?> constant) {
        return labels.shortName(constant);
    }

    /** True when the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
