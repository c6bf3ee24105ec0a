package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.REQUEST_DONE;
import static dev.rollscope.model.sim.TraceEventType.STATUS_SENT;

import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import java.util.ArrayList;
import java.util.List;

/** The outcome of every request, by request index. */
final class Outcomes {

    private final Engine e;
    private final List<Outcome> list = new ArrayList<>();

    Outcomes(Engine e) {
        this.e = e;
    }

    void ok(RequestRun r) {
        e.log.request(REQUEST_DONE, r.index, 0, -1, -1, -1, 200, -1, "OK");
        put(new Outcome(r.index, r.spec.id(), true, 200, false, r.spec.start().millis(), e.now(), r.totalAttempts, null));
    }

    void fail(RequestRun r, int status, boolean truncated, int answeredBy, Cause cause, int faultStation,
              int faultInstance) {
        if (status != 0 && !truncated) {
            e.log.request(STATUS_SENT, r.index, answeredBy, answeredBy > 0 ? r.inst[answeredBy] : -1, -1, -1, status,
                    -1, cause.name());
        }
        e.log.request(REQUEST_DONE, r.index, 0, -1, -1, -1, status, -1, "FAILED");
        Failure f = e.verdicts.failure(r, answeredBy, cause, faultStation, faultInstance);
        put(new Outcome(r.index, r.spec.id(), false, status, truncated, r.spec.start().millis(), e.now(),
                r.totalAttempts, f));
    }

    private void put(Outcome o) {
        while (list.size() <= o.request()) {
            list.add(null);
        }
        list.set(o.request(), o);
    }

    List<Outcome> all() {
        return list;
    }
}
