package dev.rollscope.model.analysis.plan;

import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one search for a request's failures found: a danger search across a disruption (every
 * start offset and routing choice), or, in a scenario that disrupts nothing, the request's one
 * simulation (where neither its start nor its routing can matter, since no instance changes).
 *
 * @param requestId the request
 * @param sweep     the danger search, or null in a scenario that disrupts nothing
 * @param calm      the request's outcome in a scenario that disrupts nothing, or null
 */
public record Found(String requestId, SweepResult sweep, Outcome calm) {

    public static Found of(SweepResult sweep) {
        return new Found(sweep.requestId(), sweep, null);
    }

    public static Found of(Outcome calm) {
        return new Found(calm.requestId(), null, calm);
    }

    /** True when nothing fails. */
    public boolean safe() {
        return sweep != null ? sweep.safe() : calm.ok();
    }

    /** The failures found, in the order a plan takes them: with nothing disrupted first, then each window's. */
    public List<Failure> failures() {
        List<Failure> out = new ArrayList<>();
        if (sweep == null) {
            if (!calm.ok()) {
                out.add(calm.failure());
            }
            return out;
        }
        if (!sweep.undisturbed().ok()) {
            out.add(sweep.undisturbed().failure());
        }
        sweep.windows().stream().map(DangerWindow::failure).forEach(out::add);
        return out;
    }

    /** What still fails, in words: the first window, the failure regardless of the roll, or the calm failure. */
    public String stillFailing(Locale locale) {
        if (sweep == null) {
            return calm.ok() ? "" : requestId + ": " + Explanation.of(calm.failure(), locale).summary();
        }
        String disruption = sweep.disruptionText(locale);
        return sweep.regardlessText(locale).orElseGet(() -> sweep.windows().stream().findFirst()
                .map(w -> w.text(requestId, disruption, locale)).orElse(""));
    }
}
