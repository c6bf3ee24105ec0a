package dev.rollscope.model.analysis.safety;

import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.analysis.sweep.SweepResult;

/**
 * The answer for one request type of a scenario: the danger search over every start offset and
 * routing choice, and, when it found a danger, the fix plan proven by searching again.
 *
 * @param requestId the request type
 * @param sweep     the danger search on the topology as it is
 * @param plan      the fix plan; when the request is safe, a verified plan of no steps
 */
public record RequestSafety(String requestId, SweepResult sweep, FixPlan plan) {

    /** True when the request survives at every offset, on every route, and undisturbed. */
    public boolean safe() {
        return sweep.safe();
    }
}
