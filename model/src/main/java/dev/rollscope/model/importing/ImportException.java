package dev.rollscope.model.importing;

/**
 * A configuration Rollscope cannot import: a file it cannot read or parse, or a value it refuses
 * (out of range, unknown unit). The message is one line, {@code FILE:LINE: NAME: what is wrong}.
 * When an import throws it, nothing has been applied.
 */
public final class ImportException extends Exception {

    private final transient Origin origin;

    public ImportException(Origin origin, String detail) {
        super(origin.where() + ": " + (origin.name().isEmpty() ? "" : origin.name() + ": ") + detail);
        this.origin = origin;
    }

    /** A problem with a whole file (missing, unreadable), reported at line 0. */
    public static ImportException ofFile(String file, String detail) {
        return new ImportException(new Origin(file, 0, ""), detail);
    }

    public Origin origin() {
        return origin;
    }
}
