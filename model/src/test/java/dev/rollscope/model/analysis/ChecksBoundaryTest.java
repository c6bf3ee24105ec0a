package dev.rollscope.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each check on both sides of its boundary: one millisecond (or byte, or instance) below and at
 * the limit. The request: a 1 MB POST (upload 800 ms at 10 Mbit/s, 8 ms per internal hand-off)
 * with 10 s of processing and a 1 kB answer (1 ms each way).
 */
class ChecksBoundaryTest {

    static final RequestSpec POST = new RequestSpec("POST", "POST", ByteSize.ofMegabytes(1),
            ByteSize.ofBytes(1_000), null, null, TimeSpan.ZERO, TimeSpan.ofSeconds(10), null);

    /** A (nginx, behind the GFE) then D (app pods behind a Service). */
    static Topology ad(Hop a, Hop d) {
        return new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, d), Layout.EMPTY);
    }

    private static Hop a() {
        return Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 3)
                .with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(0)).with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofSeconds(60))
                .with(ProxySettings.KEEPALIVE_TIMEOUT, TimeSpan.ofSeconds(620));
    }

    private static Hop d() {
        return Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 3)
                .with(LifecycleSettings.ON_STOP_SIGNAL, StopBehaviour.GRACEFUL)
                .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(1));
    }

    private static List<String> checks(Topology t, String rolled) {
        Scenario s = new Scenario("s", "", List.of(new RollOut(rolled, TimeSpan.ZERO)), List.of(POST), null, 1);
        return Checks.run(t, s).stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::check).toList();
    }

    @Test
    void baselineHasNoError() {
        assertThat(checks(ad(a(), d()), "A")).isEmpty();
        assertThat(checks(ad(a(), d()), "D")).isEmpty();
    }

    @Test
    void bodyLimitOneByteBelowTheBody() {
        assertThat(checks(ad(a().with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofBytes(999_999)), d()), "A"))
                .contains("body-limit");
        assertThat(checks(ad(a().with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofBytes(1_000_000)), d()), "A"))
                .doesNotContain("body-limit");
    }

    /** At A: 800 upload + 8 to D + 10 000 processing + 1 back = 10 809 ms. */
    @Test
    void backendTimeoutAndDrainAtTheRequestsTimeAtA() {
        assertThat(checks(ad(a().with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofMillis(10_808)), d()), "A"))
                .contains("lb-backend-timeout");
        assertThat(checks(ad(a().with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofMillis(10_809)), d()), "A"))
                .doesNotContain("lb-backend-timeout");
        assertThat(checks(ad(a().with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofMillis(10_808)), d()), "A"))
                .contains("drain");
        assertThat(checks(ad(a().with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofMillis(10_809)), d()), "A"))
                .doesNotContain("drain");
    }

    /**
     * A has sent the whole request when D has the body (D reads it as it comes), so A waits only
     * D's 10 000 ms of processing (§9.4's extra T_lan(C→D) appears when a buffering Kong sits
     * between them).
     */
    @Test
    void readTimeoutAtTheWaitForTheFirstByte() {
        assertThat(checks(ad(a().with(ProxySettings.UPSTREAM_READ_TIMEOUT, TimeSpan.ofMillis(9_999)), d()), "A"))
                .contains("read-timeout");
        assertThat(checks(ad(a().with(ProxySettings.UPSTREAM_READ_TIMEOUT, TimeSpan.ofMillis(10_000)), d()), "A"))
                .doesNotContain("read-timeout");
    }

    /**
     * D: the Service notices a deletion after 1 s; the last request D accepts arrives 1 s after
     * deletion and stays 8 (its body from A) + 10 000 + 1 (back) = 10 009 ms: done 11 009 ms after
     * deletion. The grace period must reach it.
     */
    @Test
    void gracePeriodAtTheLastAcceptedRequest() {
        assertThat(checks(ad(a(), d().with(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofMillis(11_008))), "D"))
                .contains("grace-period");
        assertThat(checks(ad(a(), d().with(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofMillis(11_009))), "D"))
                .doesNotContain("grace-period");
    }

    /** Exiting at once at the end of the preStop cuts the last request unless the preStop covers 11 009 ms. */
    @Test
    void stopAtOnceUnlessThePreStopCoversTheLastRequest() {
        Hop immediate = d().with(LifecycleSettings.ON_STOP_SIGNAL, StopBehaviour.IMMEDIATE)
                .with(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofSeconds(60));
        assertThat(checks(ad(a(), immediate.with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofMillis(11_008))), "D"))
                .contains("stop-at-once");
        assertThat(checks(ad(a(), immediate.with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofMillis(11_009))), "D"))
                .doesNotContain("stop-at-once");
    }

    @Test
    void preStopBelowThePropagationDelayRefusesNewConnections() {
        assertThat(checks(ad(a(), d().with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofMillis(999))), "D"))
                .contains("prestop-propagation");
        assertThat(checks(ad(a(), d().with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofMillis(1000))), "D"))
                .doesNotContain("prestop-propagation");
    }

    @Test
    void maxUnavailableThatReachesTheReplicaCount() {
        assertThat(checks(ad(a().with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(3)), d()), "A"))
                .contains("max-unavailable");
        assertThat(checks(ad(a().with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(2)), d()), "A"))
                .doesNotContain("max-unavailable");
    }

    /**
     * C (Kong) then D; C's front (a GCP LB on pods) notices a deletion after 10 s. At C the POST
     * stays 800 (upload) + 8 (to D) + 10 000 + 1 (back) = 10 809 ms; the last request C accepts
     * arrives at min(10 s, wait 15 s) and is done at 20 809 ms, which kong quit's TERM at
     * 15 000 + timeout must not precede.
     */
    @Test
    void kongQuitTimeoutAtTheLastAcceptedRequest() {
        Hop c = Hop.of("C", "C", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_EXTERNAL_ALB, 2)
                .with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofSeconds(60))
                .with(ProxySettings.KEEPALIVE_TIMEOUT, TimeSpan.ofSeconds(620))
                .with(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofSeconds(60));
        Hop d = Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.KONG_UPSTREAM, 2)
                .with(ProxySettings.KEEPALIVE_TIMEOUT, TimeSpan.ofSeconds(75));
        Topology edge = new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT,
                List.of(c.with(LifecycleSettings.KONG_QUIT_TIMEOUT, TimeSpan.ofMillis(5_809)), d), Layout.EMPTY);
        Topology below = new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT,
                List.of(c.with(LifecycleSettings.KONG_QUIT_TIMEOUT, TimeSpan.ofMillis(5_808)), d), Layout.EMPTY);

        assertThat(checks(below, "C")).contains("kong-quit-timeout");
        assertThat(checks(edge, "C")).doesNotContain("kong-quit-timeout");
    }

    @Test
    void nodeUpgradeWithoutBudgetOnOneNodeEvictsEveryPod() {
        Topology t = ad(a(), d());
        Scenario one = new Scenario("s", "", List.of(new NodeUpgrade(List.of("D"), TimeSpan.ZERO, 1)), List.of(POST),
                null, 1);
        Scenario three = new Scenario("s", "", List.of(new NodeUpgrade(List.of("D"), TimeSpan.ZERO, 3)), List.of(POST),
                null, 1);

        assertThat(Checks.run(t, one)).extracting(Finding::check).contains("pdb-evicts-all");
        assertThat(Checks.run(t, three)).extracting(Finding::check).doesNotContain("pdb-evicts-all");
        Topology held = ad(a(), d().with(RolloutSettings.PDB_MIN_AVAILABLE, Scale.count(1)));
        assertThat(Checks.run(held, one)).extracting(Finding::check).doesNotContain("pdb-evicts-all");
    }

    @Test
    void findingsSpeakBothLanguages() {
        Topology t = ad(a().with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofBytes(1024)), d());
        Finding f = Checks.run(t, new Scenario("s", "", List.of(), List.of(POST), null, 1)).get(0);

        assertThat(f.message(java.util.Locale.ENGLISH)).isEqualTo("A refuses bodies over 1KiB; the scenario sends 1MB: 413 at A.");
        assertThat(f.message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("A 拒绝超过 1KiB 的请求体；场景发送 1MB：A 返回 413。");
    }
}
