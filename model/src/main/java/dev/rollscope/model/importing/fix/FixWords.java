package dev.rollscope.model.importing.fix;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of a configuration change, where it goes and what it stands for, in English or Chinese ({@code fix*.properties}). */
final class FixWords {

    private static final String BUNDLE = "dev.rollscope.model.importing.fix.fix";

    private FixWords() {
    }

    static String of(Locale locale, String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return new MessageFormat(b.getString(key), locale).format(args);
    }
}
