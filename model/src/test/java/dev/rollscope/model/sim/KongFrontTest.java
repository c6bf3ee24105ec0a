package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.chain;
import static dev.rollscope.model.sim.Fixtures.get;
import static dev.rollscope.model.sim.Fixtures.kong;
import static dev.rollscope.model.sim.Fixtures.oneByOne;
import static dev.rollscope.model.sim.Fixtures.post;
import static dev.rollscope.model.sim.Fixtures.roll;
import static dev.rollscope.model.sim.Fixtures.runtime;
import static dev.rollscope.model.sim.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.topology.TrafficPolicy;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The passthrough NLB of a GKE LoadBalancer Service in front of Kong (domain.md §10): its backends
 * are nodes. C is one Kong pod (C.1, instance 0 at station 1) rolled one by one from t = 0; t_r is
 * when C.1's removal starts. Kong's preStop keeps it serving 15 s (kong quit --wait=15).
 */
class KongFrontTest {

    /** A 1 kB POST at 5 s whose processing at D takes 60 s: it is on C.1 until about 65 s. */
    private static final Scenario LONG_POST = scenario(List.of(roll("C", 0)), post("POST", 1_000, 5_000, 60_000));

    /** Kong's quit and grace long enough (60 s, 120 s) that only the load balancer can cut the POST. */
    private static Topology chainWith(TrafficPolicy policy, boolean subsetting) {
        Hop c = oneByOne(kong("C", FrontKind.GCP_INTERNAL_TCP_LB, 1))
                .with(FrontSettings.EXTERNAL_TRAFFIC_POLICY, policy)
                .with(FrontSettings.GKE_SUBSETTING, subsetting)
                .with(LifecycleSettings.KONG_QUIT_TIMEOUT, TimeSpan.ofSeconds(60))
                .with(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofSeconds(120));
        return chain(c, runtime("D", FrontKind.KONG_UPSTREAM, 1));
    }

    /** Cluster (the default): kube-proxy stops choosing C.1 1 s after t_r; nothing drains it, the POST survives. */
    @Test
    void clusterPolicyNeverDrainsAPod() {
        SimulationResult r = Simulator.run(chainWith(TrafficPolicy.CLUSTER, false), LONG_POST);
        long removed = first(r, TraceEventType.REMOVAL_STARTED);

        assertThat(removed).isBetween(5_000L, 25_000L);
        assertThat(first(r, TraceEventType.VIEW_REMOVED)).isEqualTo(removed + 1_000);
        assertThat(first(r, TraceEventType.DRAIN_STARTED)).isEqualTo(-1);
        assertThat(r.outcomes().get(0).ok()).isTrue();
    }

    /**
     * Local with subsetting: C.1's node fails its health check 3 s × 2 = 6 s after t_r (no new
     * flows), leaves its NEG at the 10 s sync and is drained for the controller's 30 s: from
     * t_r + 40 s the NLB drops the POST's packets, before D answers at about 65 s.
     */
    @Test
    void localPolicyWithSubsettingDrainsTheNodeForThirtySeconds() {
        Topology t = chainWith(TrafficPolicy.LOCAL, true);
        assertThat(t.hops().get(0).get(FrontSettings.DRAIN_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(30));
        SimulationResult r = Simulator.run(t, LONG_POST);
        long removed = first(r, TraceEventType.REMOVAL_STARTED);

        assertThat(removed).isBetween(5_000L, 20_000L);
        assertThat(first(r, TraceEventType.VIEW_REMOVED)).isEqualTo(removed + 6_000);
        assertThat(first(r, TraceEventType.DRAIN_STARTED)).isEqualTo(removed + 10_000);
        assertThat(first(r, TraceEventType.DRAIN_ENDED)).isEqualTo(removed + 40_000);
        Outcome o = r.outcomes().get(0);
        assertThat(o.ok()).isFalse();
        assertThat(o.failure().stall()).isEqualTo(new Stall(Cause.DRAIN_ENDED, "C", "C.1", removed + 40_000));
    }

    /** Local on instance groups: the node stays a backend; its health check fails 8 s × 3 = 24 s after t_r. */
    @Test
    void localPolicyOnInstanceGroupsOnlyFailsTheNodeHealthCheck() {
        SimulationResult r = Simulator.run(chainWith(TrafficPolicy.LOCAL, false), LONG_POST);
        long removed = first(r, TraceEventType.REMOVAL_STARTED);

        assertThat(first(r, TraceEventType.VIEW_REMOVED)).isEqualTo(removed + 24_000);
        assertThat(first(r, TraceEventType.DRAIN_STARTED)).isEqualTo(-1);
        assertThat(r.outcomes().get(0).ok()).isTrue();
    }

    /**
     * With no Kong pod left to route to, a Cluster Service's node stays healthy and kube-proxy
     * refuses the connection (§10.1): the GET at 5 s fails at once, not after a connect timeout.
     * C.1 (maxSurge 0, maxUnavailable 1) leaves at 0 and kube-proxy drops it at 1 s; C.2 starts
     * at 0 and is ready only at 10 s at the earliest.
     */
    @Test
    void clusterServiceWithNoPodRefusesAtOnce() {
        Hop c = kong("C", FrontKind.GCP_INTERNAL_TCP_LB, 1)
                .with(RolloutSettings.MAX_SURGE, Scale.count(0))
                .with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(1));
        Topology t = chain(c, runtime("D", FrontKind.KONG_UPSTREAM, 1));
        Outcome o = Simulator.run(t, scenario(List.of(roll("C", 0)), get("GET", 5_000, 100))).outcomes().get(0);

        assertThat(o.ok()).isFalse();
        assertThat(o.failure().cause()).isEqualTo(Cause.NO_ROUTABLE_INSTANCE);
        assertThat(o.end()).isEqualTo(5_000);
    }

    /** The time of the first event of this type about C.1 (instance 0), or -1. */
    private static long first(SimulationResult r, TraceEventType type) {
        return r.trace().events().stream().filter(e -> e.type() == type && e.instance() == 0)
                .mapToLong(TraceEvent::time).findFirst().orElse(-1);
    }
}
