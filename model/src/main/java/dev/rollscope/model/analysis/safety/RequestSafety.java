package dev.rollscope.model.analysis.safety;

import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.analysis.plan.Found;

/**
 * The answer for one request type of a scenario: what the search found (the danger search over
 * every start offset and routing choice, or the one simulation of a scenario that disrupts
 * nothing), and the fix plan proven by searching again.
 *
 * @param requestId the request type
 * @param found     what the search found on the topology as it is
 * @param plan      the fix plan; when the request is safe, a verified plan of no steps
 */
public record RequestSafety(String requestId, Found found, FixPlan plan) {

    /** True when the request survives at every offset, on every route, and undisturbed. */
    public boolean safe() {
        return found.safe();
    }
}
