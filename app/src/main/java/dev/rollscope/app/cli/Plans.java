package dev.rollscope.app.cli;

import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.analysis.safety.RequestSafety;
import dev.rollscope.model.analysis.safety.RequestTypes;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Topology;
import java.util.Optional;

/** The verified fix plan of a failed request, as the command line prints it. */
final class Plans {

    private Plans() {
    }

    /**
     * The plan of the request's type (its own id, or its traffic-mix entry's), searched at the
     * default step; empty when the search does not meet the request's failure (its start lies
     * between the offsets searched, or the traffic mix set it up), so there is nothing verified.
     */
    static Optional<FixPlan> of(Topology topology, Scenario scenario, String requestId) {
        return SafetySearch.of(topology, scenario, RequestTypes.typeOf(scenario, requestId), SafetySearch.DEFAULT_STEP)
                .filter(s -> !s.safe()).map(RequestSafety::plan);
    }
}
