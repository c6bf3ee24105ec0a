package dev.rollscope.model;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.scenario.Crash;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.MigCanary;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.EndpointRemoval;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
                throw RefusalException.of("project.duplicateScenario", s.name());
            }
            for (Disruption d : s.disruptions()) {
                checkDisruption(topology, s.name(), d);
            }
        }
    }

    /**
     * Checks that a disruption of the named scenario fits the topology: its hops exist, a node
     * upgrade touches only pods, a crash names an existing instance, a blue/green switch or a canary
     * acts on a hop that has what it moves.
     *
     * @throws IllegalArgumentException naming the scenario, the hop and the bad value
     */
    public static void checkDisruption(Topology topology, String scenarioName, Disruption d) {
        for (String hopId : d.hops()) {
            Hop hop = topology.hop(hopId).orElseThrow(() -> RefusalException.of("project.noHop", scenarioName,
                    Refusal.of("disruption." + d.kind().name()), hopId));
            Optional<Refusal> unfit = unfit(d, hop);
            if (unfit.isPresent()) {
                throw RefusalException.of("project.unfit", scenarioName, unfit.get());
            }
            if (d instanceof Crash && ((Crash) d).instance() >= hop.replicas()) {
                throw RefusalException.of("project.crashInstance", scenarioName, ((Crash) d).instance(), hopId,
                        hop.replicas(), hop.replicas() - 1);
            }
        }
    }

    /** Why the disruption cannot act on the hop, or empty when it can. */
    private static Optional<Refusal> unfit(Disruption d, Hop hop) {
        return Optional.ofNullable(switch (d.kind()) {
            case ROLLOUT, CRASH -> null;
            case NODE_UPGRADE -> hop.platform() == Platform.GKE_DEPLOYMENT ? null
                    : Refusal.of("unfit.nodeUpgrade", hop.id(), hop.platform());
            case SELECTOR_SWITCH -> hop.platform() != Platform.GKE_DEPLOYMENT
                    ? Refusal.of("unfit.selectorPlatform", hop.id(), hop.platform())
                    : hop.endpointRemoval() != EndpointRemoval.PROPAGATED
                    ? Refusal.of("unfit.selectorLocal", hop.id(), hop.front())
                    : null;
            case URL_MAP_SWITCH -> hop.front() == FrontKind.GCP_EXTERNAL_ALB && hop.platform() == Platform.GCE_MIG ? null
                    : Refusal.of("unfit.urlMap", hop.id(), hop.platform(), hop.front());
            case KONG_WEIGHTS -> hop.front() == FrontKind.KONG_UPSTREAM && hop.platform() == Platform.GKE_DEPLOYMENT
                    ? null : Refusal.of("unfit.kongWeights", hop.id(), hop.platform(), hop.front());
            case MIG_CANARY -> hop.platform() != Platform.GCE_MIG
                    ? Refusal.of("unfit.canaryPlatform", hop.id(), hop.platform())
                    : ((MigCanary) d).size() > hop.replicas()
                    ? Refusal.of("unfit.canarySize", ((MigCanary) d).size(), hop.replicas(), hop.id())
                    : null;
        });
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
