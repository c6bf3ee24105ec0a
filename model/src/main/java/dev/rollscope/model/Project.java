package dev.rollscope.model;

import dev.rollscope.model.scenario.Crash;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a Rollscope file holds: a topology and its scenarios, checked against each other (every
 * hop a scenario names exists and can be disrupted that way).
 */
public record Project(Topology topology, List<Scenario> scenarios) {

    public Project {
        Objects.requireNonNull(topology, "topology");
        scenarios = List.copyOf(Objects.requireNonNull(scenarios, "scenarios"));
        Set<String> names = new HashSet<>();
        for (Scenario s : scenarios) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("duplicate scenario name \"" + s.name() + "\"");
            }
            for (Disruption d : s.disruptions()) {
                checkDisruption(topology, s.name(), d);
            }
        }
    }

    /**
     * Checks that a disruption of the named scenario fits the topology: its hops exist, a node
     * upgrade touches only pods, a crash names an existing instance.
     *
     * @throws IllegalArgumentException naming the scenario, the hop and the bad value
     */
    public static void checkDisruption(Topology topology, String scenarioName, Disruption d) {
        for (String hopId : d.hops()) {
            Hop hop = topology.hop(hopId).orElseThrow(() -> new IllegalArgumentException("scenario \"" + scenarioName
                    + "\": " + d.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " names hop \"" + hopId + "\", which does not exist"));
            if (d.kind() == Disruption.Kind.NODE_UPGRADE && hop.platform() != Platform.GKE_DEPLOYMENT) {
                throw new IllegalArgumentException("scenario \"" + scenarioName + "\": a node upgrade drains pods, but hop "
                        + hopId + " runs on " + hop.platform());
            }
            if (d instanceof Crash && ((Crash) d).instance() >= hop.replicas()) {
                throw new IllegalArgumentException("scenario \"" + scenarioName + "\": crash of instance "
                        + ((Crash) d).instance() + " of hop " + hopId + ", which has " + hop.replicas() + " (0 to "
                        + (hop.replicas() - 1) + ")");
            }
        }
    }

    public Optional<Scenario> scenario(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Project withTopology(Topology t) {
        return new Project(t, scenarios);
    }

    public Project withScenarios(List<Scenario> list) {
        return new Project(topology, list);
    }

    public Project withScenario(int index, Scenario s) {
        List<Scenario> copy = new ArrayList<>(scenarios);
        copy.set(index, s);
        return new Project(topology, copy);
    }
}
