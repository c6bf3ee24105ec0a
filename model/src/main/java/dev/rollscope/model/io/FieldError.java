package dev.rollscope.model.io;

import dev.rollscope.model.i18n.Refusal;

/**
 * A problem with one field found while decoding a parsed document. {@link ProjectFile} turns it
 * into a {@link ProjectFileException} once it has found the field's line and column. Its message
 * is the English text of its {@link #refusal()}.
 */
final class FieldError extends RuntimeException {

    private final transient JsonPath path;
    private final boolean atKey;
    private final transient Refusal refusal;

    /**
     * @param atKey true to point at the field's key (an unknown key), false at its value
     */
    FieldError(JsonPath path, boolean atKey, Refusal refusal) {
        super(refusal.english(), null, false, false);
        this.path = path;
        this.atKey = atKey;
        this.refusal = refusal;
    }

    FieldError(JsonPath path, Refusal refusal) {
        this(path, false, refusal);
    }

    JsonPath path() {
        return path;
    }

    boolean atKey() {
        return atKey;
    }

    /** What is wrong with the field, in any language. */
    Refusal refusal() {
        return refusal;
    }
}
