package dev.rollscope.app.i18n;

import dev.rollscope.model.i18n.Labels;
import dev.rollscope.model.i18n.Refused;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.SettingCatalog;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every user-visible string of the app in one language: the app's own bundle plus the model's
 * setting labels and meanings and the names of its constants ({@link Labels}). Keys missing from a
 * bundle are a bug, caught by the bundle tests.
 */
public final class Messages {

    /** The app's bundle, with a Simplified Chinese translation beside the English one. */
    public static final String BUNDLE = "dev.rollscope.app.i18n.messages";

    private final Locale locale;
    private final ResourceBundle app;
    private final ResourceBundle settings;
    private final Labels labels;

    private Messages(Locale locale) {
        this.locale = locale;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        this.app = ResourceBundle.getBundle(BUNDLE, locale, control);
        this.settings = ResourceBundle.getBundle(SettingCatalog.TEXT_BUNDLE, locale, control);
        this.labels = Labels.of(locale);
    }

    /** The messages for a locale: Simplified Chinese for any Chinese locale, English otherwise. */
    public static Messages of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new Messages(AppLanguage.supported(locale));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return app.getString(key);
    }

    /** The pattern under {@code key} with {@link MessageFormat} arguments filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /**
     * The display name of an enum constant: the model's {@link Labels} for a constant of the
     * model, else the app's key {@code enum.SimpleClassName.CONSTANT}.
     */
    public String name(Enum<?> constant) {
        return ofModel(constant) ? labels.name(constant)
                : get("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /** The model's names of its constants in this language. */
    public Labels labels() {
        return labels;
    }

    /** The short name of a platform or front, for the canvas. */
    public String shortName(Enum<?> constant) {
        return labels.shortName(constant);
    }

    /** True for a constant of an enum of the model, whose names are the model's {@link Labels}. */
    public static boolean ofModel(Enum<?> constant) {
        return constant.getDeclaringClass().getPackageName().startsWith("dev.rollscope.model.");
    }

    /**
     * Why the model refused something, in this language: the text of the exception's
     * {@link Refused refusal}, or its message as it is when the model had no words for it.
     */
    public String reason(Throwable e) {
        return Refused.message(e, locale);
    }

    public String label(Setting<?> setting) {
        return settings.getString(setting.labelKey());
    }

    public String meaning(Setting<?> setting) {
        return settings.getString(setting.meaningKey());
    }
}
