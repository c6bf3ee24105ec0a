package dev.rollscope.model.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why the model refuses a value, a file or a run, as a key of the bundle
 * {@code dev/rollscope/model/i18n/refusals} (or of another bundle of the model that already holds
 * the words, such as a chain's rules) in English and Simplified Chinese, and its arguments, so
 * the user reads it in their language. An argument is a text as the English message shows it (a
 * quoted excerpt, a number, a setting id), or a refusal of its own (a parser's reason inside a
 * setting's), read in the same language. A message the model has no key for (one a library wrote)
 * is {@link #verbatim}: the same text in every language.
 *
 * @param bundle the bundle's base name ({@link #BUNDLE} unless said)
 * @param key    the bundle key, or null for a verbatim text
 * @param args   the arguments: texts, or refusals; a verbatim refusal's one argument is its text
 */
public record Refusal(String bundle, String key, List<Object> args) {

    /** The bundle's base name. */
    public static final String BUNDLE = "dev.rollscope.model.i18n.refusals";

    public Refusal {
        args = List.copyOf(args);
    }

    /** The refusal under {@code key}; arguments other than refusals are kept as their text. */
    public static Refusal of(String key, Object... args) {
        return in(BUNDLE, key, args);
    }

    /** The refusal under {@code key} of another bundle of the model, such as a chain's rules. */
    public static Refusal in(String bundle, String key, Object... args) {
        return new Refusal(bundle, key, Arrays.stream(args)
                .map(a -> a instanceof Refusal r ? r : (Object) String.valueOf(a)).toList());
    }

    /** A text the model has no key for, shown as it is in every language. */
    public static Refusal verbatim(String text) {
        return new Refusal(null, null, List.of(String.valueOf(text)));
    }

    /** The refusal an exception carries, or its message verbatim. */
    public static Refusal of(Throwable e) {
        return e instanceof Refused r ? r.refusal() : verbatim(e.getMessage());
    }

    /** The text in the given language (English when there is no translation). */
    public String text(Locale locale) {
        if (key == null) {
            return (String) args.get(0);
        }
        ResourceBundle texts = ResourceBundle.getBundle(bundle, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] filled = args.stream().map(a -> a instanceof Refusal r ? r.text(locale) : a).toArray();
        return Counted.format(texts.getString(key), locale, filled);
    }

    /** The text in English: the message of the exception that carries it. */
    public String english() {
        return text(Locale.ENGLISH);
    }
}
