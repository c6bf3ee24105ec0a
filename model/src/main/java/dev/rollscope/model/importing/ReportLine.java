package dev.rollscope.model.importing;

import java.util.Locale;

/**
 * One line of an {@link ImportReport}: what the import did with one directive or field.
 *
 * @param kind    applied, irrelevant, not understood, or a conflict between files
 * @param origin  where the directive or field is
 * @param message what happened, in words of any language, e.g.
 *                {@code A.proxy.clientMaxBodySize = 50MB (was 1MiB, the default)}
 */
public record ReportLine(Kind kind, Origin origin, ReportText message) {

    /** What the import did with a directive or field. */
    public enum Kind {
        /** Its value was set on the hop. */
        APPLIED,
        /** Understood, and does not change what Rollscope simulates (or is overridden). */
        IRRELEVANT,
        /** Not understood: Rollscope does not know what it does, so it was not applied. */
        NOT_UNDERSTOOD,
        /** Two files set the same setting to different values; the later file wins. */
        CONFLICT;

        /** The kind's name in the given language: {@code NOT UNDERSTOOD}, {@code 无法理解}. */
        public String label(Locale locale) {
            return ReportText.bundle(locale).getString("kind." + name());
        }
    }

    /** What happened, in English. */
    public String text() {
        return text(Locale.ENGLISH);
    }

    /** What happened, in the given language. */
    public String text(Locale locale) {
        return message.render(locale);
    }

    /** {@code APPLIED  file:12  client_max_body_size: A.proxy.clientMaxBodySize = 50MB (was 1MiB, the default)}. */
    public String format() {
        return format(Locale.ENGLISH);
    }

    /** The line in the given language; the label is padded to 14 columns (a Chinese character takes two). */
    public String format(Locale locale) {
        String label = kind.label(locale);
        int width = label.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1)
                .sum();
        return label + " ".repeat(Math.max(0, 14 - width)) + " " + origin.where() + "  " + origin.name() + ": "
                + text(locale);
    }
}
