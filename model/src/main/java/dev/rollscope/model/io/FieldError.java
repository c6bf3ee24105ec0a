package dev.rollscope.model.io;

/**
 * A problem with one field found while decoding a parsed document. {@link ProjectFile} turns it
 * into a {@link ProjectFileException} once it has found the field's line and column.
 */
final class FieldError extends RuntimeException {

    private final transient JsonPath path;
    private final boolean atKey;

    /**
     * @param atKey true to point at the field's key (an unknown key), false at its value
     */
    FieldError(JsonPath path, boolean atKey, String message) {
        super(message, null, false, false);
        this.path = path;
        this.atKey = atKey;
    }

    FieldError(JsonPath path, String message) {
        this(path, false, message);
    }

    JsonPath path() {
        return path;
    }

    boolean atKey() {
        return atKey;
    }
}
