package dev.rollscope.model.i18n;

import java.util.Locale;

/**
 * An exception whose reason is a {@link Refusal}: its {@code getMessage()} is the English text
 * (for the command line, logs and tests), {@link #message(Locale)} the text a user reads in their
 * language.
 */
public interface Refused {

    /** The reason, as a key and arguments. */
    Refusal refusal();

    /** The message in the given language. */
    default String message(Locale locale) {
        return refusal().text(locale);
    }

    /** The message of any exception in the given language: a refusal's text, else its message as it is. */
    static String message(Throwable e, Locale locale) {
        return e instanceof Refused r ? r.message(locale) : e.getMessage();
    }
}
