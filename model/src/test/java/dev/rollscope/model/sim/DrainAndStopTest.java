package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.applyFixes;
import static dev.rollscope.model.sim.Fixtures.chain;
import static dev.rollscope.model.sim.Fixtures.get;
import static dev.rollscope.model.sim.Fixtures.kong;
import static dev.rollscope.model.sim.Fixtures.nginx;
import static dev.rollscope.model.sim.Fixtures.oneByOne;
import static dev.rollscope.model.sim.Fixtures.only;
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
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The passthrough-NLB drain, pooled connections through an L4 hop, and the ways a stopping process
 * ends what it carries. Expectations worked out by hand in each comment.
 */
class DrainAndStopTest {

    private static Hop roomyA() {
        return nginx("A", 1).with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
    }

    private static Hop streamB(String drain) {
        return oneByOne(Hop.of("B", "B stream", HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 1))
                .with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.parse(drain));
    }

    /** Stations: 0 client, 1 GFE, 2 A, 3 B, 4 D. */
    private static Topology abd(Hop a, Hop b) {
        return chain(a, b, runtime("D", FrontKind.GCP_INTERNAL_TCP_LB, 1));
    }

    /**
     * §3, §9.8: B (1 VM, surge 1, unavailable 0) rolls at 0; its new VM is healthy at 65 000, when
     * B.1 is removed and drained. A GET at 60 000 waits 20 s for the app. With drain 0 the NLB stops
     * forwarding its flow at 65 000; the VM's nginx gets QUIT then, and TERM 5 s later (Debian unit),
     * which closes the stalled session: A sees it and answers 502 at 70 000 (one server behind a VIP,
     * no retry). The GET needs B until 60 000 + 20 000 + 1 = 80 001, so the drain must be 15 001 ms:
     * 16 s. Then it completes at 80 002.
     */
    @Test
    void passthroughDrainStallsFlowUntilTheVmStopsItsProxy() {
        Topology t = abd(roomyA(), streamB("0s"));
        Scenario s = scenario(List.of(roll("B", 0)), get("GET", 60_000, 20_000));

        Outcome o = only(t, s);

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(70_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.DRAIN_ENDED);
        assertThat(o.failure().hop()).isEqualTo("B");
        assertThat(o.failure().instance()).isEqualTo("B.1");
        assertThat(o.failure().answeredBy()).isEqualTo("A");
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("B", "front.drainTimeout", "16s"));
        Outcome fixed = only(applyFixes(t, o.failure()), s);
        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.end()).isEqualTo(80_002);
    }

    /**
     * §8.8: A keeps pooled upstream connections (keepalive 32, as nginx 1.29.7+ does), D keeps
     * idle connections 75 s. A GET at 60 000 leaves a pooled connection A.1 → B.1 → D.1, idle from
     * 60 101. B.1 starts a 10 s drain at 65 000. A 1 MB POST at 70 000 is buffered by A until
     * 70 800 and sent on the pooled connection, through draining B.1, to D.1, which would answer at
     * 70 808 + 5000. The drain ends at 75 000 (flow dropped); B.1's nginx gets TERM at 80 000 and
     * closes it: A cannot retry a POST, 502. Without the pool A opens a new connection through the
     * NLB to B.2: done at 75 808 + 1 = 75 809.
     */
    @Test
    void pooledConnectionThroughDrainingL4HopCutsPost() {
        Hop a = roomyA().with(ProxySettings.UPSTREAM_KEEPALIVE, 32);
        Hop d = runtime("D", FrontKind.GCP_INTERNAL_TCP_LB, 1).with(ProxySettings.KEEPALIVE_TIMEOUT,
                TimeSpan.ofSeconds(75));
        Topology t = chain(a, streamB("10s"), d);
        Scenario s = scenario(List.of(roll("B", 0)), get("warm-up", 60_000, 100), post("POST", 1_000_000, 70_000, 5000));

        SimulationResult r = Simulator.run(t, s);
        Outcome o = r.outcome("POST");

        assertThat(r.outcome("warm-up").ok()).isTrue();
        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(80_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.POOLED_CONNECTION_DRAINED);
        assertThat(o.failure().instance()).isEqualTo("B.1");
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("A", "proxy.upstreamKeepalive", "0"));
        Outcome fixed = Simulator.run(applyFixes(t, o.failure()), s).outcome("POST");
        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.end()).isEqualTo(75_809);
    }

    /**
     * §8.7, §8.12: the same with a GET that needs 6 s, so it is still waiting for its first byte
     * when the drain ends at 75 000 (a response already under way would be cut, not retried). A
     * pooled connection that fails with an error earns nginx one more try (u->peer.tries++): at
     * 80 000 A retries through the NLB on B.2, the app answers at 86 000, D→A ends at 86 001 and
     * 10 kB reach the client 2 ms after the answer (1.6 ms at 50 Mbit/s), at 86 002.
     */
    @Test
    void pooledConnectionFailureIsRetriedForGet() {
        Hop a = roomyA().with(ProxySettings.UPSTREAM_KEEPALIVE, 32);
        Hop d = runtime("D", FrontKind.GCP_INTERNAL_TCP_LB, 1).with(ProxySettings.KEEPALIVE_TIMEOUT,
                TimeSpan.ofSeconds(75));
        Topology t = chain(a, streamB("10s"), d);
        Scenario s = scenario(List.of(roll("B", 0)), get("warm-up", 60_000, 100), get("GET", 70_000, 6000));

        Outcome o = Simulator.run(t, s).outcome("GET");

        assertThat(o.ok()).isTrue();
        assertThat(o.end()).isEqualTo(86_002);
    }

    /**
     * §6: D (1 pod, graceful, preStop 5 s, grace 30 s) rolls at 0; the old pod is deleted at
     * 10 000 and killed at 40 000. A POST at 5000 reaches D at 5001, has its body at 5002 and would
     * answer at 45 002: Kong cannot retry a POST, 502 at 40 000. It needs D until 5001 + 40 002 =
     * 45 003, i.e. 35 003 ms after termination began: grace 36 s.
     */
    @Test
    void gracePeriodKillsLongRequest() {
        Hop c = kong("C", FrontKind.GCP_EXTERNAL_ALB, 1).with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop d = oneByOne(runtime("D", FrontKind.KONG_UPSTREAM, 1))
                .with(LifecycleSettings.ON_STOP_SIGNAL, StopBehaviour.GRACEFUL)
                .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(5));
        Topology t = chain(c, d);
        Scenario s = scenario(List.of(roll("D", 0)), post("POST", 1_000, 5000, 40_000));

        Outcome o = only(t, s);

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(40_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.GRACE_PERIOD_EXPIRED);
        assertThat(o.failure().instance()).isEqualTo("D.1");
        assertThat(o.failure().fixes()).containsExactly(
                new SettingChange("D", "lifecycle.terminationGracePeriod", "36s"));
        assertThat(only(applyFixes(t, o.failure()), s).ok()).isTrue();
    }

    /**
     * §2: Kong with worker_shutdown_timeout 5 s (and a generous kong quit, 60 s, grace 90 s) rolls
     * at 0; the old pod is deleted at 10 000, gets QUIT at 25 000 and closes everything at 30 000.
     * The POST of the Kong test needs until 45 003, 20 003 after QUIT: 21 s.
     */
    @Test
    void workerShutdownTimeoutEndsGracefulStop() {
        Hop c = oneByOne(kong("C", FrontKind.GCP_EXTERNAL_ALB, 1))
                .with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofSeconds(300))
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300))
                .with(LifecycleSettings.KONG_QUIT_TIMEOUT, TimeSpan.ofSeconds(60))
                .with(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofSeconds(90))
                .with(ProxySettings.WORKER_SHUTDOWN_TIMEOUT, TimeSpan.ofSeconds(5));
        Topology t = chain(c, runtime("D", FrontKind.KONG_UPSTREAM, 1));
        Scenario s = scenario(List.of(roll("C", 0)), post("POST", 1_000, 5000, 40_000));

        Outcome o = only(t, s);

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(30_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.WORKER_SHUTDOWN_TIMEOUT);
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("C", "proxy.workerShutdownTimeout", "21s"));
        assertThat(only(applyFixes(t, o.failure()), s).ok()).isTrue();
    }

    /**
     * §4, §9.5: B's proxy_timeout 60 s against an app that needs 90 s (A's read timeout raised to
     * 20 min): the session is silent from 0, B closes it at 60 000 and A answers 502. The silence
     * lasts 90 000 ms, so the fix is 91 s.
     */
    @Test
    void streamIdleTimeoutClosesQuietSession() {
        Hop a = roomyA().with(ProxySettings.UPSTREAM_READ_TIMEOUT, TimeSpan.ofSeconds(1200));
        Hop b = streamB("0s").with(ProxySettings.STREAM_IDLE_TIMEOUT, TimeSpan.ofSeconds(60));
        Topology t = abd(a, b);
        Scenario s = scenario(List.of(), get("GET", 0, 90_000));

        Outcome o = only(t, s);

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(60_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.STREAM_IDLE_TIMEOUT);
        assertThat(o.failure().hop()).isEqualTo("B");
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("B", "proxy.streamIdleTimeout", "91s"));
        assertThat(only(applyFixes(t, o.failure()), s).ok()).isTrue();
    }
}
