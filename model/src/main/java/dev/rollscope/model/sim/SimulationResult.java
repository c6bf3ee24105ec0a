package dev.rollscope.model.sim;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Topology;
import java.util.Collections;
import java.util.List;

/**
 * Everything a simulation produced: the stations of the chain, every request sent (the scenario's
 * own and those of its traffic mix), their outcomes, the instances and their histories, and the
 * trace.
 *
 * @param requests   every request, by index: unmodifiable, each made when it is read
 * @param outcomes   the outcome of each request, by index: unmodifiable, each made when it is read
 * @param eventCount engine events processed (not only those recorded in the trace)
 */
public record SimulationResult(Topology topology, Scenario scenario, List<Station> stations,
                               List<RequestSpec> requests, List<Outcome> outcomes, List<InstanceInfo> instances,
                               Trace trace, long endTime, long eventCount) {

    public SimulationResult {
        stations = List.copyOf(stations);
        requests = Collections.unmodifiableList(requests);
        outcomes = Collections.unmodifiableList(outcomes);
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
