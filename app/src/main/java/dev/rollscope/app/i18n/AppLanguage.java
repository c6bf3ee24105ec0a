package dev.rollscope.app.i18n;

import java.util.Locale;

/** The languages the app speaks, and the one a preference or the system locale asks for. */
public enum AppLanguage {
    /** Follow the system locale. */
    SYSTEM,
    ENGLISH,
    SIMPLIFIED_CHINESE;

    /** The locale to show text in, given the system's. */
    public Locale resolve(Locale system) {
        return switch (this) {
            case ENGLISH -> Locale.ENGLISH;
            case SIMPLIFIED_CHINESE -> Locale.SIMPLIFIED_CHINESE;
            case SYSTEM -> supported(system);
        };
    }

    /** The supported locale closest to {@code locale}: Simplified Chinese for any Chinese, else English. */
    static Locale supported(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The language stored under a preference value, {@link #SYSTEM} for an unknown or missing one. */
    public static AppLanguage fromPreference(String value) {
        for (AppLanguage l : values()) {
            if (l.name().equals(value)) {
                return l;
            }
        }
        return SYSTEM;
    }
}
