package dev.rollscope.model.i18n;

/**
 * A value the model refuses (a unit that cannot be read, a setting out of range, a scenario that
 * breaks a rule), with its reason as a {@link Refusal}. Its message is the English text, as the
 * plain IllegalArgumentException it replaces said.
 */
public final class RefusalException extends IllegalArgumentException implements Refused {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public RefusalException(Refusal refusal) {
        super(refusal.english());
        this.refusal = refusal;
    }

    /** A refusal whose reason includes {@code cause}'s. */
    public RefusalException(Refusal refusal, Throwable cause) {
        super(refusal.english(), cause);
        this.refusal = refusal;
    }

    /** The refusal under {@code key} with {@code args}, as {@link Refusal#of(String, Object...)} makes it. */
    public static RefusalException of(String key, Object... args) {
        return new RefusalException(Refusal.of(key, args));
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
