package dev.rollscope.lab.report;

import dev.rollscope.lab.client.RealOutcome;
import dev.rollscope.model.sim.Outcome;

/**
 * One request, as the engine predicted it and as real nginx played it. They agree when the
 * status (with "reset" for none and "truncated" for a cut body) is the same, the same hop
 * answered (for a failure with a status), and the end times differ by at most the tolerance.
 */
public record Comparison(String requestId, String method, long start, String predictedStatus, String realStatus,
                         String predictedBy, String realBy, long predictedEnd, long realEnd, String cause,
                         boolean agrees) {

    public static Comparison of(String method, Outcome predicted, String lastHop, RealOutcome real, long tolerance) {
        String predictedBy = predicted.ok() ? lastHop : predicted.failure().answeredBy();
        String cause = predicted.ok() ? "" : predicted.failure().cause().name();
        boolean status = predicted.statusText().equals(real.statusText()) && predicted.ok() == real.ok();
        boolean by = predicted.status() == 0 || predictedBy.equals(real.answeredBy());
        boolean time = Math.abs(predicted.end() - real.end()) <= tolerance;
        return new Comparison(predicted.requestId(), method, predicted.start(), predicted.statusText(),
                real.statusText(), predictedBy, real.answeredBy(), predicted.end(), real.end(), cause,
                status && by && time);
    }

    public long difference() {
        return realEnd - predictedEnd;
    }
}
