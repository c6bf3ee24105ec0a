package dev.rollscope.model.sim;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Topology;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a simulation produced: the stations of the chain, every request sent (the scenario's
 * own and those of its traffic mix), their outcomes, the instances and their histories, and the
 * trace.
 *
 * @param requests   every request, by index: unmodifiable, each made when it is read
 * @param outcomes   the outcome of each request, by index: unmodifiable, each made when it is read (or read
 *                   field by field, {@link #outcomeFields()})
 * @param eventCount engine events processed (not only those recorded in the trace)
 * @param uploads    how each resumable upload went (domain.md §13), by request index
 */
public record SimulationResult(Topology topology, Scenario scenario, List<Station> stations,
                               List<RequestSpec> requests, List<Outcome> outcomes, List<InstanceInfo> instances,
                               Trace trace, long endTime, long eventCount, Map<Integer, UploadSummary> uploads) {

    public SimulationResult {
        stations = List.copyOf(stations);
        requests = Collections.unmodifiableList(requests);
        outcomes = outcomes instanceof OutcomeFields ? outcomes : Collections.unmodifiableList(outcomes);
        instances = List.copyOf(instances);
        uploads = Map.copyOf(uploads);
    }

    /** A result without resumable uploads. */
    public SimulationResult(Topology topology, Scenario scenario, List<Station> stations, List<RequestSpec> requests,
                            List<Outcome> outcomes, List<InstanceInfo> instances, Trace trace, long endTime,
                            long eventCount) {
        this(topology, scenario, stations, requests, outcomes, instances, trace, endTime, eventCount, Map.of());
    }

    /** How request {@code index} went as a resumable upload, when it is one. */
    public Optional<UploadSummary> upload(int index) {
        return Optional.ofNullable(uploads.get(index));
    }

    /** The outcomes read field by field, none of them made: for reading every request of a long run. */
    public OutcomeFields outcomeFields() {
        return outcomes instanceof OutcomeFields f ? f : OutcomeFields.of(outcomes);
    }

    public boolean allOk() {
        return failedCount() == 0;
    }

    public long failedCount() {
        OutcomeFields f = outcomeFields();
        long failed = 0;
        for (int i = 0; i < f.size(); i++) {
            if (!f.ok(i)) {
                failed++;
            }
        }
        return failed;
    }

    /** The outcome of the request with this id. */
    public Outcome outcome(String requestId) {
        return outcomes.stream().filter(o -> o.requestId().equals(requestId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no request " + requestId));
    }
}
