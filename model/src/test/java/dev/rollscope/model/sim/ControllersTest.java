package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.chain;
import static dev.rollscope.model.sim.Fixtures.get;
import static dev.rollscope.model.sim.Fixtures.kong;
import static dev.rollscope.model.sim.Fixtures.nginx;
import static dev.rollscope.model.sim.Fixtures.roll;
import static dev.rollscope.model.sim.Fixtures.runtime;
import static dev.rollscope.model.sim.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.ReplacementMethod;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rollout timelines worked out by hand from the controllers' rules (domain.md §6, §7). */
class ControllersTest {

    /**
     * 4 replicas at 25 %/25 %: maxSurge ceil(1) = 1, maxUnavailable floor(1) = 1. At 0 the
     * controller creates D.5 (5 pods), deletes the newest old pod D.4 (3 available = 4 - 1), and
     * creates D.6. New pods are ready 10 s later. At 10 000 D.5 turns available: D.3 goes, D.7 comes;
     * then D.6: D.2 goes, D.8 comes. At 20 000 D.7 turns available: D.1 goes; D.8 completes it.
     */
    @Test
    void deploymentRollingUpdateFollowsSurgeAndUnavailable() {
        Topology t = chain(kong("C", FrontKind.GCP_EXTERNAL_ALB, 1), runtime("D", FrontKind.KONG_UPSTREAM, 4));

        SimulationResult r = Simulator.run(t, scenario(List.of(roll("D", 0)), get("GET", 30_000, 100)));

        assertThat(times(r, TraceEventType.REMOVAL_STARTED))
                .containsExactly("D.4@0", "D.3@10000", "D.2@10000", "D.1@20000");
        assertThat(times(r, TraceEventType.INSTANCE_CREATED).stream().filter(s -> s.startsWith("D."))
                .filter(s -> !s.endsWith("@initial")))
                .containsExactly("D.5@0", "D.6@0", "D.7@10000", "D.8@10000");
        assertThat(times(r, TraceEventType.DISRUPTION_FINISHED)).containsExactly("D@20000");
    }

    /**
     * A MIG of 2 VMs replaced with RECREATE, maxSurge 0, maxUnavailable 1: A.1 is removed at 0
     * (drain 0, its nginx exits at once), and its replacement A.3 is created when it is gone, at 0.
     * A.3 listens at 60 000 and passes the health check at 60 000 and 65 000: then A.2 goes, A.4
     * comes, and is healthy at 130 000.
     */
    @Test
    void migRecreateReplacesOneAtATime() {
        Topology t = chain(nginx("A", 2)
                .with(RolloutSettings.REPLACEMENT_METHOD, ReplacementMethod.RECREATE)
                .with(RolloutSettings.MAX_SURGE, Scale.count(0))
                .with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(1)), runtime("D", FrontKind.K8S_SERVICE, 1));

        SimulationResult r = Simulator.run(t, scenario(List.of(roll("A", 0)), get("GET", 200_000, 100)));

        assertThat(times(r, TraceEventType.REMOVAL_STARTED)).containsExactly("A.1@0", "A.2@65000");
        assertThat(times(r, TraceEventType.INSTANCE_CREATED).stream().filter(s -> !s.endsWith("@initial")))
                .containsExactly("A.3@0", "A.4@65000");
        assertThat(times(r, TraceEventType.DISRUPTION_FINISHED)).containsExactly("A@130000");
    }

    /**
     * A node upgrade over 2 nodes: node 0 holds C.1 and D.1, node 1 holds C.2 and D.2, each hop
     * with a PodDisruptionBudget of 1. At 0 both evictions are allowed (2 available, 1 after);
     * D.1 exits at once, C.1 waits for kong quit (QUIT at 15 000, idle, exits). Node 1 is drained at
     * 15 000, when C.3 and D.3 (ready at 10 000) keep the budgets; C.2 is gone at 30 000.
     */
    @Test
    void nodeUpgradeDrainsOneNodeAtATimeWithinBudgets() {
        Topology t = chain(kong("C", FrontKind.GCP_EXTERNAL_ALB, 2).with(RolloutSettings.PDB_MIN_AVAILABLE,
                Scale.count(1)), runtime("D", FrontKind.KONG_UPSTREAM, 2).with(RolloutSettings.PDB_MIN_AVAILABLE,
                Scale.count(1)));
        NodeUpgrade upgrade = new NodeUpgrade(List.of("C", "D"), TimeSpan.ZERO, 2);

        SimulationResult r = Simulator.run(t, scenario(List.of(upgrade), get("GET", 60_000, 100)));

        assertThat(times(r, TraceEventType.REMOVAL_STARTED)).containsExactly("C.1@0", "D.1@0", "C.2@15000",
                "D.2@15000");
        assertThat(times(r, TraceEventType.INSTANCE_GONE)).containsExactly("D.1@0", "C.1@15000", "D.2@15000",
                "C.2@30000");
        assertThat(times(r, TraceEventType.EVICTION_BLOCKED)).isEmpty();
    }

    /**
     * A budget that can never be met (minAvailable 2 of 2) blocks the eviction, retried every 5 s,
     * until GKE gives up waiting after 60 min and evicts C.1 anyway, at 3 600 000. C.1 is gone
     * 15 s later (kong quit --wait, then an idle QUIT), and node 1's drain blocks the same way for
     * C.2: forced at 3 615 000 + 3 600 000. 720 blocked attempts per node.
     */
    @Test
    void impossibleBudgetBlocksEvictionForAnHour() {
        Topology t = chain(kong("C", FrontKind.GCP_EXTERNAL_ALB, 2).with(RolloutSettings.PDB_MIN_AVAILABLE,
                Scale.count(2)), runtime("D", FrontKind.KONG_UPSTREAM, 1));
        NodeUpgrade upgrade = new NodeUpgrade(List.of("C"), TimeSpan.ZERO, 2);

        SimulationResult r = Simulator.run(t, scenario(List.of(upgrade), get("GET", 60_000, 100)));

        assertThat(times(r, TraceEventType.REMOVAL_STARTED)).containsExactly("C.1@3600000", "C.2@7215000");
        assertThat(times(r, TraceEventType.EVICTION_BLOCKED)).hasSize(1440).startsWith("C.1@0", "C.1@5000")
                .contains("C.2@3615000");
    }

    /** "instance@time" (or "hop@time" for disruption events) for each event of a type, in order. */
    private static List<String> times(SimulationResult r, TraceEventType type) {
        return r.trace().events().stream().filter(e -> e.type() == type).map(e -> {
            String who = e.instance() >= 0 ? r.instances().get(e.instance()).id()
                    : r.topology().hops().get(r.stations().get(e.station()).hop()).id();
            String when = "initial".equals(e.detail()) ? "initial" : Long.toString(e.time());
            return who + "@" + when;
        }).collect(Collectors.toList());
    }
}
