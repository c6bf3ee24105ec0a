package dev.rollscope.model.sim;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Topology;
import java.util.List;

/**
 * Everything a simulation produced: the stations of the chain, every request sent (the scenario's
 * own and those of its traffic mix), their outcomes, the instances and their histories, and the
 * trace.
 *
 * @param eventCount engine events processed (not only those recorded in the trace)
 */
public record SimulationResult(Topology topology, Scenario scenario, List<Station> stations,
                               List<RequestSpec> requests, List<Outcome> outcomes, List<InstanceInfo> instances,
                               Trace trace, long endTime, long eventCount) {

    public SimulationResult {
        stations = List.copyOf(stations);
        requests = List.copyOf(requests);
        outcomes = List.copyOf(outcomes);
        instances = List.copyOf(instances);
    }

    public boolean allOk() {
        return outcomes.stream().allMatch(Outcome::ok);
    }

    public long failedCount() {
        return outcomes.stream().filter(o -> !o.ok()).count();
    }

    /** The outcome of the request with this id. */
    public Outcome outcome(String requestId) {
        return outcomes.stream().filter(o -> o.requestId().equals(requestId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no request " + requestId));
    }
}
