package dev.rollscope.model.scenario;

import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.units.TimeSpan;

/**
 * The moments of a scenario: a request's start, a disruption's {@code at}, traffic's {@code from}
 * and {@code until}. Each is finite and within the simulation's horizon, after which nothing is
 * simulated; the reader and the app's forms parse them here, so that the app cannot save what the
 * reader refuses.
 */
public final class Moments {

    /** The latest moment: the simulation's horizon, 24 h. */
    public static final TimeSpan LATEST = TimeSpan.ofMillis(SimulationOptions.DEFAULT_HORIZON);

    private Moments() {
    }

    /**
     * Parses a moment.
     *
     * @param what what the moment is, for the message: {@code "a request's start"}
     * @throws IllegalArgumentException when the text is not a time, is none, or is past the horizon
     */
    public static TimeSpan parse(String text, String what) {
        TimeSpan t = TimeSpan.parseFinite(text, what);
        if (t.compareTo(LATEST) > 0) {
            throw new IllegalArgumentException(what + " is at most " + LATEST.millis() / 3_600_000
                    + "h, the simulation's horizon, not " + t);
        }
        return t;
    }
}
