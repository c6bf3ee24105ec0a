package dev.rollscope.model.sim;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.Refused;

/**
 * A simulation went past its event limit, or would; the message says by how much and what to
 * change, in English, and in the user's language from {@link #message(java.util.Locale)}.
 */
public final class SimulationLimitException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public SimulationLimitException(Refusal refusal) {
        super(refusal.english());
        this.refusal = refusal;
    }

    /** A limit the model has no words for, in English. */
    public SimulationLimitException(String message) {
        this(Refusal.verbatim(message));
    }

    /** The run of {@code scenario} went past {@code limit} events at time {@code now} (ms). */
    public static SimulationLimitException pastEvents(String scenario, long limit, long now) {
        return new SimulationLimitException(Refusal.of("limit.pastEvents", scenario, limit, now));
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
