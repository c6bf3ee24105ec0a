package dev.rollscope.app.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang en|zh}: the language of the command's texts, explanations and reports (English unless asked). */
final class LanguageOption {

    /** The languages Rollscope speaks. */
    enum Lang {
        en(Locale.ENGLISH), zh(Locale.SIMPLIFIED_CHINESE);

        private final Locale locale;

        Lang(Locale locale) {
            this.locale = locale;
        }
    }

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang", defaultValue = "en")
    private Lang lang;

    Locale locale() {
        return lang.locale;
    }

    /**
     * The language a command line asks for, read before picocli parses it, so that the command's
     * own texts (whose bundle picocli loads first) speak it too: English unless {@code --lang}
     * says otherwise, so that scripts and CI logs read the same everywhere.
     */
    static Locale requested(String... args) {
        for (int i = 0; i < args.length; i++) {
            String v = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (v != null) {
                for (Lang l : Lang.values()) {
                    if (l.name().equals(v)) {
                        return l.locale;
                    }
                }
            }
        }
        return Locale.ENGLISH;
    }
}
