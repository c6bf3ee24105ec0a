package dev.rollscope.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.topology.TrafficPolicy;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks ChecksBoundaryTest leaves out, each one millisecond (or one instance) on either side
 * of its boundary: the L4 hop's idle timeouts, drain and pooled connections; Kong's
 * worker_shutdown_timeout; a preStop shorter than Kong's target refresh; keepalive ordering; a
 * budget that blocks a node drain. The request is the same 1 MB POST (800 ms upload at 10 Mbit/s,
 * 8 ms per internal hand-off of the body, 10 s of processing, 1 ms for the 1 kB answer).
 */
class ChecksBoundaryMoreTest {

    private static final RequestSpec POST = new RequestSpec("POST", "POST", ByteSize.ofMegabytes(1),
            ByteSize.ofBytes(1_000), null, null, TimeSpan.ZERO, TimeSpan.ofSeconds(10), null);
    private static final RequestSpec SECOND_POST = POST.withId("POST-2").withStart(TimeSpan.ofSeconds(1));

    private static Topology chain(Hop... hops) {
        return new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(hops), Layout.EMPTY);
    }

    /** "SEVERITY check@hop" for every finding. */
    private static List<String> findings(Topology t, Disruption d, RequestSpec... requests) {
        Scenario s = new Scenario("s", "", List.of(d), List.of(requests), null, 1);
        return Checks.run(t, s).stream().map(f -> f.severity() + " " + f.check() + "@" + f.hop()).toList();
    }

    private static RollOut roll(String hop) {
        return new RollOut(hop, TimeSpan.ZERO);
    }

    private static Hop nginxA() {
        return Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 3)
                .with(ProxySettings.KEEPALIVE_TIMEOUT, TimeSpan.ofSeconds(620));
    }

    private static Hop streamB() {
        return Hop.of("B", "B", HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 3)
                .with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofSeconds(60));
    }

    private static Hop appD() {
        return Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 3)
                .with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofSeconds(60));
    }

    /**
     * A buffers the body (800 ms) and then streams it through B to D (8 ms): B has passed it at
     * 808, D answers at 10 808, so B's session is silent for exactly 10 000 ms (§9.5).
     */
    @Test
    void streamIdleTimeoutAtTheApplicationsSilence() {
        assertThat(findings(chain(nginxA(), streamB().with(ProxySettings.STREAM_IDLE_TIMEOUT, TimeSpan.ofMillis(9_999)),
                appD()), roll("B"), POST)).contains("ERROR stream-idle-timeout@B");
        assertThat(findings(chain(nginxA(), streamB().with(ProxySettings.STREAM_IDLE_TIMEOUT, TimeSpan.ofMillis(10_000)),
                appD()), roll("B"), POST)).doesNotContain("ERROR stream-idle-timeout@B");
    }

    /**
     * The NLB's connection tracking forgets a flow idle longer than its idle timeout (§3; 600 s at
     * least): a GET (no body, nothing to wait for on the way in) to an app that needs 600 001 ms
     * leaves B's flow silent for exactly that long.
     */
    @Test
    void conntrackIdleTimeoutAtTheApplicationsSilence() {
        RequestSpec slowGet = new RequestSpec("GET", "GET", ByteSize.ZERO, ByteSize.ofBytes(1_000), null, null,
                TimeSpan.ZERO, TimeSpan.ofMillis(600_001), null);
        Hop b = streamB().with(ProxySettings.STREAM_IDLE_TIMEOUT, TimeSpan.ofSeconds(3600));

        assertThat(findings(chain(nginxA(), b.with(FrontSettings.CONNTRACK_IDLE_TIMEOUT, TimeSpan.ofMillis(600_000)),
                appD()), roll("B"), slowGet)).contains("WARNING conntrack-idle@B");
        assertThat(findings(chain(nginxA(), b.with(FrontSettings.CONNTRACK_IDLE_TIMEOUT, TimeSpan.ofMillis(600_001)),
                appD()), roll("B"), slowGet)).doesNotContain("WARNING conntrack-idle@B");
    }

    /** At B the POST stays from A's headers at 800 to the answer passing back at 10 809: 10 009 ms (§9.8). */
    @Test
    void drainOfTheStreamHopAtItsResidence() {
        assertThat(findings(chain(nginxA(), streamB().with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofMillis(10_008)),
                appD()), roll("B"), POST)).contains("ERROR drain@B");
        assertThat(findings(chain(nginxA(), streamB().with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofMillis(10_009)),
                appD()), roll("B"), POST)).doesNotContain("ERROR drain@B");
    }

    /**
     * §8.8: A pools connections through B for keepalive_time (here 10 s), so a request sent on one
     * at its last moment needs B until 10 000 + 10 009 ms: the drain must be 20 009 ms. With two
     * requests to share a connection it is an error when B rolls; with one, a warning.
     */
    @Test
    void pooledConnectionsThroughTheStreamHopAtKeepaliveTimePlusResidence() {
        Hop a = nginxA().with(ProxySettings.UPSTREAM_KEEPALIVE, 32)
                .with(ProxySettings.UPSTREAM_KEEPALIVE_TIME, TimeSpan.ofSeconds(10));
        Topology below = chain(a, streamB().with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofMillis(20_008)), appD());
        Topology at = chain(a, streamB().with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofMillis(20_009)), appD());

        assertThat(findings(below, roll("B"), POST, SECOND_POST)).contains("ERROR pooled-through-l4@A");
        assertThat(findings(below, roll("B"), POST)).contains("WARNING pooled-through-l4@A");
        assertThat(findings(at, roll("B"), POST, SECOND_POST)).noneMatch(f -> f.contains("pooled-through-l4"));
    }

    /** Kong C (its GCP LB on pods notices a deletion after 10 s) before app pods D behind Kong's balancer. */
    private static Hop kongC() {
        return Hop.of("C", "C", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_EXTERNAL_ALB, 2)
                .with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofSeconds(60))
                .with(ProxySettings.KEEPALIVE_TIMEOUT, TimeSpan.ofSeconds(620))
                .with(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofSeconds(60));
    }

    private static Hop podsD() {
        return Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.KONG_UPSTREAM, 2)
                .with(ProxySettings.KEEPALIVE_TIMEOUT, TimeSpan.ofSeconds(75))
                .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(5));
    }

    /**
     * At C the POST stays 800 + 8 + 10 000 + 1 = 10 809 ms; the last request C accepts arrives
     * min(10 s propagation, 15 s kong quit --wait) after deletion and is done at 20 809, 5 809 ms
     * after QUIT: worker_shutdown_timeout must reach that (§2, §5).
     */
    @Test
    void kongWorkerShutdownTimeoutAtTheLastAcceptedRequest() {
        assertThat(findings(chain(kongC().with(ProxySettings.WORKER_SHUTDOWN_TIMEOUT, TimeSpan.ofMillis(5_808)), podsD()),
                roll("C"), POST)).contains("ERROR worker-shutdown-timeout@C");
        assertThat(findings(chain(kongC().with(ProxySettings.WORKER_SHUTDOWN_TIMEOUT, TimeSpan.ofMillis(5_809)), podsD()),
                roll("C"), POST)).doesNotContain("ERROR worker-shutdown-timeout@C");
    }

    /**
     * Kong refreshes its targets 3 s after a pod's deletion (§5); a preStop shorter than that
     * refuses what comes in between, which Kong's retries (5, two pods) send elsewhere: a
     * warning. Without retries the requests fail: an error when D rolls.
     */
    @Test
    void preStopBelowKongsTargetRefreshIsSavedByItsRetries() {
        Topology below = chain(kongC(), podsD().with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofMillis(2_999)));
        Topology at = chain(kongC(), podsD().with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofMillis(3_000)));
        Topology noRetries = chain(kongC().with(ProxySettings.RETRIES, 0),
                podsD().with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofMillis(2_999)));

        assertThat(findings(below, roll("D"), POST)).contains("WARNING prestop-propagation-retried@D");
        assertThat(findings(at, roll("D"), POST)).noneMatch(f -> f.contains("prestop-propagation"));
        assertThat(findings(noRetries, roll("D"), POST)).contains("ERROR prestop-propagation@D");
    }

    /** §9.6: Kong keeps idle upstream connections 60 s; D must keep them open longer. */
    @Test
    void upstreamKeepaliveOfTheCalleeMustOutliveTheCallersPool() {
        assertThat(findings(chain(kongC(), podsD().with(ProxySettings.KEEPALIVE_TIMEOUT, TimeSpan.ofMillis(60_000))),
                roll("D"), POST)).contains("WARNING keepalive-upstream@D");
        assertThat(findings(chain(kongC(), podsD().with(ProxySettings.KEEPALIVE_TIMEOUT, TimeSpan.ofMillis(60_001))),
                roll("D"), POST)).doesNotContain("WARNING keepalive-upstream@D");
    }

    /** §1, §8.6: the GFE keeps idle backend connections 600 s; A must keep them open longer. */
    @Test
    void keepaliveBehindTheGfeMustOutliveItsSixHundredSeconds() {
        assertThat(findings(chain(nginxA().with(ProxySettings.KEEPALIVE_TIMEOUT, TimeSpan.ofMillis(600_000)), streamB(),
                appD()), roll("B"), POST)).contains("WARNING keepalive-gfe@A");
        assertThat(findings(chain(nginxA().with(ProxySettings.KEEPALIVE_TIMEOUT, TimeSpan.ofMillis(600_001)), streamB(),
                appD()), roll("B"), POST)).doesNotContain("WARNING keepalive-gfe@A");
    }

    /** §6, §8.14: a budget that keeps every one of D's 2 pods can never allow an eviction; 1 can. */
    @Test
    void budgetOfEveryPodBlocksTheNodeDrain() {
        NodeUpgrade upgrade = new NodeUpgrade(List.of("D"), TimeSpan.ZERO, 2);

        assertThat(findings(chain(kongC(), podsD().with(RolloutSettings.PDB_MIN_AVAILABLE, Scale.count(2))), upgrade,
                POST)).contains("WARNING pdb-blocks@D");
        assertThat(findings(chain(kongC(), podsD().with(RolloutSettings.PDB_MIN_AVAILABLE, Scale.count(1))), upgrade,
                POST)).doesNotContain("WARNING pdb-blocks@D");
    }

    /**
     * §10: Kong behind a GKE Service's passthrough NLB. With externalTrafficPolicy Cluster nothing
     * drains a leaving pod, so a 1 ms drain breaks no inequality and is only noted as not acting;
     * with Local and subsetting the node leaves its NEG and the same drain cuts the POST.
     */
    @Test
    void kongBehindAGkeNlbIsDrainedOnlyWithLocalPolicyAndSubsetting() {
        Hop c = Hop.of("C", "C", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_INTERNAL_TCP_LB, 2)
                .with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofMillis(1));
        Hop local = c.with(FrontSettings.EXTERNAL_TRAFFIC_POLICY, TrafficPolicy.LOCAL)
                .with(FrontSettings.GKE_SUBSETTING, true);

        assertThat(findings(chain(nginxA(), c, podsD()), roll("C"), POST))
                .contains("INFO drain-not-applied@C").doesNotContain("ERROR drain@C");
        assertThat(findings(chain(nginxA(), local, podsD()), roll("C"), POST))
                .contains("ERROR drain@C").doesNotContain("INFO drain-not-applied@C");
    }
}
