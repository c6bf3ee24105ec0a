package dev.rollscope.lab.matrix;

import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Topology;
import java.util.Objects;

/**
 * One case of the lab's matrix: a topology and a scenario at their real (unscaled) values.
 *
 * @param teaches    the failure mode of domain.md §8 it shows, or the fix of one
 * @param ci         true when CI runs it on every build (the fast subset)
 * @param knownIssue the anchor of its entry in lab/DISAGREEMENTS.md when real nginx is known to
 *                   disagree with the engine here, or empty
 */
public record LabCase(String name, String teaches, Topology topology, Scenario scenario, boolean ci,
                      String knownIssue) {

    public LabCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(teaches, "teaches");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(scenario, "scenario");
        knownIssue = knownIssue == null ? "" : knownIssue;
    }

    public LabCase knownDisagreement(String anchor) {
        return new LabCase(name, teaches, topology, scenario, ci, anchor);
    }

    @Override
    public String toString() {
        return name;
    }
}
