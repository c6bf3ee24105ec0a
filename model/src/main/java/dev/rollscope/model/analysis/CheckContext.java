package dev.rollscope.model.analysis;

import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.engine.RequestTiming;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the checks look at: the topology, the scenario's kinds of request (its own requests and one
 * of each traffic-mix entry) with their undisturbed timings, and which hops the scenario disrupts.
 * A check about a hop the scenario disrupts (other than by a blue/green switch) is an error; about
 * any other hop, a warning ("if it rolled").
 */
final class CheckContext {

    final Topology topology;
    final Scenario scenario;
    final List<RequestSpec> workload = new ArrayList<>();
    private final List<RequestTiming> timings = new ArrayList<>();
    private final Set<String> disrupted = new HashSet<>();

    CheckContext(Topology topology, Scenario scenario) {
        this.topology = topology;
        this.scenario = scenario;
        workload.addAll(scenario.requests());
        if (scenario.traffic() != null) {
            for (MixEntry m : scenario.traffic().entries()) {
                workload.add(m.toRequest(m.name(), TimeSpan.ZERO));
            }
        }
        for (RequestSpec r : workload) {
            timings.add(RequestTiming.of(topology, r));
        }
        for (Disruption d : scenario.disruptions()) {
            if (!(d instanceof BlueGreen)) {
                disrupted.addAll(d.hops());
            }
        }
    }

    /**
     * ERROR when the scenario disrupts the hop, WARNING when it does not. A blue/green switch does
     * not count: its old side gets no new requests before it leaves, and {@link BlueGreenChecks}
     * weighs what it may still carry then (domain.md §14).
     */
    Severity whenRolled(Hop h) {
        return disrupted.contains(h.id()) ? Severity.ERROR : Severity.WARNING;
    }

    /** The node upgrades of the scenario. */
    List<NodeUpgrade> nodeUpgrades() {
        List<NodeUpgrade> out = new ArrayList<>();
        for (Disruption d : scenario.disruptions()) {
            if (d instanceof NodeUpgrade) {
                out.add((NodeUpgrade) d);
            }
        }
        return out;
    }

    /**
     * The longest T_req(hop) among the scenario's kinds of request; a request whose client stops
     * reading never ends by itself (send_timeout ends it), so no drain or grace period is asked to cover it.
     */
    long worstResidence(int hop) {
        return timings.stream().filter(t -> !t.endless()).mapToLong(t -> t.residence(hop)).max().orElse(0);
    }

    long worstFirstByteWait(int hop) {
        return timings.stream().mapToLong(t -> t.firstByteWait(hop)).max().orElse(-1);
    }

    long worstSilence(int hop) {
        return timings.stream().mapToLong(t -> t.silence(hop)).max().orElse(0);
    }

    /** The largest body one request carries (a resumable upload's first chunk, domain.md §13). */
    long largestBody() {
        return workload.stream().mapToLong(r -> r.resumable() == null ? r.body().bytes()
                : r.resumable().largestRequest(r.body().bytes())).max().orElse(0);
    }

    Hop hop(int i) {
        return topology.hops().get(i);
    }

    int hops() {
        return topology.hops().size();
    }
}
