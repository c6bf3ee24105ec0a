package dev.rollscope.model;

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
     * upgrade touches only pods, a crash names an existing instance, a blue/green switch or a canary
     * acts on a hop that has what it moves.
     *
     * @throws IllegalArgumentException naming the scenario, the hop and the bad value
     */
    public static void checkDisruption(Topology topology, String scenarioName, Disruption d) {
        for (String hopId : d.hops()) {
            Hop hop = topology.hop(hopId).orElseThrow(() -> new IllegalArgumentException("scenario \"" + scenarioName
                    + "\": " + d.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " names hop \"" + hopId + "\", which does not exist"));
            String unfit = unfit(d, hop);
            if (!unfit.isEmpty()) {
                throw new IllegalArgumentException("scenario \"" + scenarioName + "\": " + unfit);
            }
            if (d instanceof Crash && ((Crash) d).instance() >= hop.replicas()) {
                throw new IllegalArgumentException("scenario \"" + scenarioName + "\": crash of instance "
                        + ((Crash) d).instance() + " of hop " + hopId + ", which has " + hop.replicas() + " (0 to "
                        + (hop.replicas() - 1) + ")");
            }
        }
    }

    /** Why the disruption cannot act on the hop, or "" when it can. */
    private static String unfit(Disruption d, Hop hop) {
        return switch (d.kind()) {
            case ROLLOUT, CRASH -> "";
            case NODE_UPGRADE -> hop.platform() == Platform.GKE_DEPLOYMENT ? ""
                    : "a node upgrade drains pods, but hop " + hop.id() + " runs on " + hop.platform();
            case SELECTOR_SWITCH -> hop.platform() != Platform.GKE_DEPLOYMENT
                    ? "a selector switch moves a Kubernetes Service to other pods, but hop " + hop.id() + " runs on "
                            + hop.platform()
                    : hop.endpointRemoval() != EndpointRemoval.PROPAGATED
                    ? "a selector switch of hop " + hop.id() + " behind " + hop.front() + " with "
                            + "externalTrafficPolicy Local is not simulated (domain.md §10.2: its node's health "
                            + "check or NEG decides); use Cluster"
                    : "";
            case URL_MAP_SWITCH -> hop.front() == FrontKind.GCP_EXTERNAL_ALB && hop.platform() == Platform.GCE_MIG ? ""
                    : "a URL map switch moves an external load balancer's traffic between two MIGs, but hop "
                            + hop.id() + " is on " + hop.platform() + " behind " + hop.front();
            case KONG_WEIGHTS -> hop.front() == FrontKind.KONG_UPSTREAM && hop.platform() == Platform.GKE_DEPLOYMENT
                    ? "" : "Kong target weights need pods behind a Kong upstream, but hop " + hop.id() + " is on "
                            + hop.platform() + " behind " + hop.front();
            case MIG_CANARY -> hop.platform() != Platform.GCE_MIG
                    ? "a MIG canary updates a managed instance group, but hop " + hop.id() + " runs on "
                            + hop.platform()
                    : ((MigCanary) d).size() > hop.replicas()
                    ? "canary size " + ((MigCanary) d).size() + " is more than the " + hop.replicas()
                            + " VMs of hop " + hop.id() + " (1 to " + hop.replicas() + ")"
                    : "";
        };
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
