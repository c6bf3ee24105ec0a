package dev.rollscope.model.scenario;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.TimeSpan;

/**
 * The moments of a scenario: a request's start, a disruption's {@code at}, traffic's {@code from}
 * and {@code until}. Each is finite and within the simulation's horizon, after which nothing is
 * simulated; the reader and the app's forms parse them here, so that the app cannot save what the
 * reader refuses.
 */
public final class Moments {

    /**
     * The latest moment: the longest horizon a scenario may have, 30 days (the scenario itself
     * refuses a request that starts at or after its own horizon, 24 h unless set).
     */
    public static final TimeSpan LATEST = Scenario.MAX_HORIZON;

    /** What a time of a scenario is, for the messages that refuse it. */
    public static final Refusal REQUEST_START = Refusal.of("moment.requestStart");
    public static final Refusal DISRUPTION_AT = Refusal.of("moment.disruptionAt");
    public static final Refusal TRAFFIC_FROM = Refusal.of("moment.trafficFrom");
    public static final Refusal TRAFFIC_UNTIL = Refusal.of("moment.trafficUntil");
    public static final Refusal TRANSACTION_FROM = Refusal.of("moment.transactionFrom");
    public static final Refusal TRANSACTION_FOR = Refusal.of("moment.transactionFor");
    public static final Refusal CLIENT_TIME = Refusal.of("moment.clientTime");
    public static final Refusal PROCESSING_TIME = Refusal.of("moment.processingTime");

    private Moments() {
    }

    /**
     * Parses a moment.
     *
     * @param what what the moment is, for the message: {@link #REQUEST_START}
     * @throws IllegalArgumentException when the text is not a time, is none, or is past the horizon
     */
    public static TimeSpan parse(String text, Refusal what) {
        TimeSpan t = TimeSpan.parseFinite(text, what);
        if (t.compareTo(LATEST) > 0) {
            throw RefusalException.of("moment.tooLate", what, LATEST.toHuman(), t);
        }
        return t;
    }
}
