package dev.rollscope.model.sim.engine;

import dev.rollscope.model.sim.Cause;
import java.util.List;

/**
 * The end of a run: every request still open at the horizon ends (NO_RESPONSE when it had
 * stalled, HORIZON_REACHED otherwise, at the farthest station that carries it), and no instance
 * may then still carry a request.
 */
final class Horizon {

    private final Chain chain;
    private final Fleet fleet;
    private final Runs runs;
    private final Failures failures;
    private final Events events;

    Horizon(Chain chain, Fleet fleet, Runs runs, Failures failures, Events events) {
        this.chain = chain;
        this.fleet = fleet;
        this.runs = runs;
        this.failures = failures;
        this.events = events;
    }

    /** Ends what is still open at {@code horizon}, when every event up to it has run. */
    void close(long horizon) {
        List<RequestRun> open = runs.open();
        if (!open.isEmpty()) {
            events.advanceTo(horizon);
        }
        for (RequestRun r : open) {
            if (r.stalled) {
                failures.end(r, 0, false, 0, Cause.NO_RESPONSE, r.stallStation, r.stallInstance);
            } else {
                int k = deepest(r);
                failures.end(r, r.responseStarted ? 200 : 0, r.responseStarted, 0, Cause.HORIZON_REACHED, k,
                        r.inst[k]);
            }
        }
        for (Instance x : fleet.all) {
            if (!x.requests.isEmpty()) {
                throw new IllegalStateException(x.id + " still carries " + x.requests.size()
                        + " requests after every request ended");
            }
        }
    }

    /** The farthest station that carries the request (0, the client, when none does). */
    private int deepest(RequestRun r) {
        int k = 0;
        for (int s = 1; s < chain.size; s++) {
            if (r.inst[s] >= 0) {
                k = s;
            }
        }
        return k;
    }
}
