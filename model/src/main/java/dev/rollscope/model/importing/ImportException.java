package dev.rollscope.model.importing;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.Refused;

/**
 * A configuration Rollscope cannot import: a file it cannot read or parse, or a value it refuses
 * (out of range, unknown unit). The message is one line, {@code FILE:LINE: NAME: what is wrong}, in
 * English; {@link #message(java.util.Locale)} says what is wrong in the user's language (the words
 * are entries {@code refused.*} of the import report's bundle). When an import throws it, nothing
 * has been applied.
 */
public final class ImportException extends Exception implements Refused {

    private static final long serialVersionUID = 1L;

    private final transient Origin origin;
    private final transient Refusal detail;

    public ImportException(Origin origin, Refusal detail) {
        super(placed(origin, detail).english());
        this.origin = origin;
        this.detail = detail;
    }

    /** A problem at {@code origin}: the entry {@code refused.KEY} of the report's bundle with {@code args}. */
    public static ImportException at(Origin origin, String key, Object... args) {
        return new ImportException(origin, words(key, args));
    }

    /** A problem with a whole file (missing, unreadable), reported at line 0. */
    public static ImportException ofFile(String file, Refusal detail) {
        return new ImportException(new Origin(file, 0, ""), detail);
    }

    /** A problem with a whole file under the entry {@code refused.KEY} of the report's bundle. */
    public static ImportException atFile(String file, String key, Object... args) {
        return ofFile(file, words(key, args));
    }

    /** The entry {@code refused.KEY} of the report's bundle with {@code args}, for a refusal an import makes. */
    public static Refusal words(String key, Object... args) {
        return Refusal.in(ReportText.BUNDLE, "refused." + key, args);
    }

    private static Refusal placed(Origin origin, Refusal detail) {
        return origin.name().isEmpty() ? words("at", origin.where(), detail)
                : words("atName", origin.where(), origin.name(), detail);
    }

    public Origin origin() {
        return origin;
    }

    /** The message as a key and arguments: where, and what is wrong. */
    @Override
    public Refusal refusal() {
        return placed(origin, detail);
    }
}
