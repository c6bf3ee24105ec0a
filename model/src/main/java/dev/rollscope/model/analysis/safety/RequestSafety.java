package dev.rollscope.model.analysis.safety;

import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.analysis.plan.Found;
import dev.rollscope.model.units.TimeSpan;

/**
 * The answer for one request type of a scenario: what the search found (the danger search over
 * every start offset and routing choice, or, in a scenario that disrupts nothing, every routing
 * choice that can matter), and the fix plan proven by searching again.
 *
 * @param requestId the request type
 * @param found     what the search found on the topology as it is
 * @param plan      the fix plan; when the request is safe, a verified plan of no steps
 * @param step      the step the search used: the one asked for, or longer for a rollout too long
 *                  to search at that step
 */
public record RequestSafety(String requestId, Found found, FixPlan plan, TimeSpan step) {

    /** True when the request survives at every offset, on every route, and undisturbed. */
    public boolean safe() {
        return found.safe();
    }
}
