package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.applyFixes;
import static dev.rollscope.model.sim.Fixtures.chain;
import static dev.rollscope.model.sim.Fixtures.crash;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per failure mode of domain.md §8 that the engine covers. Each expectation is worked
 * out by hand in its comment (client 10 Mbit/s up and 50 Mbit/s down, internal 1 Gbit/s), and the
 * verdict's own fix, applied, makes the request survive.
 */
class FailureModesTest {

    private static final long MB = 1_000_000;

    /** A with nginx defaults, behind the GFE, in front of the app. Stations: 0 client, 1 GFE, 2 A, 3 D. */
    private static Topology nginxThenApp(Hop a) {
        return chain(a, runtime("D", FrontKind.GCP_INTERNAL_TCP_LB, 1));
    }

    private static Hop roomyA() {
        return nginx("A", 1).with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
    }

    /**
     * §8.4: nginx's client_max_body_size is 1m, so A refuses a 20 MB POST with 413 as soon as the
     * headers reach it, at t = 1000. (20 MB takes 16 s at 10 Mbit/s: the GFE's 30 s is not in play.)
     */
    @Test
    void nginxDefaultBodyLimitRejectsUploadWith413AtA() {
        Topology t = nginxThenApp(nginx("A", 1));
        Scenario s = scenario(List.of(), post("POST", 20 * MB, 1000, 100));

        Outcome o = only(t, s);

        assertFailed(o, 413, "A", Cause.BODY_TOO_LARGE, 1000);
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("A", "proxy.clientMaxBodySize", "20MB"));
        assertThat(only(applyFixes(t, o.failure()), s).ok()).isTrue();
    }

    /**
     * §8.3: the GFE's timeoutSec (30 s) covers the whole exchange, upload included. A 50 MB upload
     * takes 40 s, so the GFE gives up at 0 + 30 000 with 502. The request needs 40 000 (upload) +
     * 400 (A to D) + 100 (processing) + 1 (1 kB back to A) = 40 501 ms, so the fix is 41 s.
     */
    @Test
    void gfeBackendTimeoutCutsFortySecondUpload() {
        Topology t = nginxThenApp(nginx("A", 1).with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100)));
        Scenario s = scenario(List.of(), post("POST", 50 * MB, 0, 100));

        Outcome o = only(t, s);

        assertFailed(o, 502, "A", Cause.LB_BACKEND_TIMEOUT, 30_000);
        assertThat(o.failure().answeredBy()).isEqualTo("A/front");
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("A", "front.backendTimeout", "41s"));
        Outcome fixed = only(applyFixes(t, o.failure()), s);
        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.end()).isEqualTo(40_501);
    }

    /**
     * §8.5: A (1 VM, surge 1, unavailable 0) rolls at 0. The new VM listens at 60 s and passes the
     * health check at 60 s and 65 s (interval 5 s, threshold 2), so the old VM is removed at 65 000.
     * The POST started at 30 000 needs until 30 000 + 40 501 = 70 501. Drain 0 cuts it at 65 000;
     * drain 3 s at 68 000; the fix is 70 501 - 65 000 = 5 501 ms, so 6 s.
     */
    @ParameterizedTest
    @CsvSource({"0s, 65000", "3s, 68000"})
    void drainShorterThanTheRestOfTheRequestCutsIt(String drain, long cutAt) {
        Topology t = nginxThenApp(oneByOne(roomyA()).with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.parse(drain)));
        Scenario s = scenario(List.of(roll("A", 0)), post("POST", 50 * MB, 30_000, 100));

        Outcome o = only(t, s);

        assertFailed(o, 502, "A", Cause.DRAIN_ENDED, cutAt);
        assertThat(o.failure().instance()).isEqualTo("A.1");
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("A", "front.drainTimeout", "6s"));
        Outcome fixed = only(applyFixes(t, o.failure()), s);
        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.end()).isEqualTo(70_501);
    }

    /**
     * §8.1: D (1 pod, surge 1, unavailable 0, graceful) rolls at 0. The new pod listens at 10 s and
     * its readiness probe (period 10 s) passes at 10 000; Kong learns of it 3 s later (KIC sync),
     * at 13 000. The old pod is deleted at 10 000 and, with no preStop, closes its listener at once,
     * but Kong keeps routing to it until 13 000. A GET at 11 000 is refused on all 6 tries (retries
     * 5) and Kong answers 502. With preStop sleep 3 s the old pod listens until 13 000: no failure.
     */
    @Test
    void sigtermBeforeEndpointRemovalRefusesNewRequestsWithoutPreStop() {
        Hop d = oneByOne(runtime("D", FrontKind.KONG_UPSTREAM, 1))
                .with(LifecycleSettings.ON_STOP_SIGNAL, StopBehaviour.GRACEFUL);
        Topology t = chain(kong("C", FrontKind.GCP_EXTERNAL_ALB, 1), d);
        Scenario s = scenario(List.of(roll("D", 0)), get("GET", 11_000, 100));

        Outcome o = only(t, s);

        assertFailed(o, 502, "D", Cause.ROUTED_TO_STOPPED, 11_000);
        assertThat(o.failure().instance()).isEqualTo("D.1");
        assertThat(o.failure().answeredBy()).isEqualTo("C");
        assertThat(o.attempts()).isEqualTo(2 + 6);
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("D", "lifecycle.preStopSleep", "3s"));
        assertThat(only(applyFixes(t, o.failure()), s).ok()).isTrue();
    }

    /**
     * §8.12: D has 2 pods and Kong round-robins over them. A request with 5 s of processing starts
     * at 1000 on D.1, which crashes at 3000 (its connections reset). Kong may retry the GET (no
     * body, idempotent): it goes to D.2 and starts over, responding at 3000 + 5000 = 8000; the 10 kB
     * response reaches the client 2 ms later (1.6 ms at 50 Mbit/s), at 8002. Kong may not retry the
     * POST once sent: the client gets 502 at 3000.
     */
    @Test
    void getIsSavedByRetryWherePostIsNot() {
        Topology t = chain(kong("C", FrontKind.GCP_EXTERNAL_ALB, 1), runtime("D", FrontKind.KONG_UPSTREAM, 2));

        Outcome getOutcome = only(t, scenario(List.of(crash("D", 0, 3000)), get("GET", 1000, 5000)));
        Outcome postOutcome = only(t, scenario(List.of(crash("D", 0, 3000)), post("POST", 1_000, 1000, 5000)));

        assertThat(getOutcome.ok()).isTrue();
        assertThat(getOutcome.end()).isEqualTo(8002);
        assertFailed(postOutcome, 502, "D", Cause.INSTANCE_CRASHED, 3000);
        assertThat(postOutcome.failure().instance()).isEqualTo("D.1");
    }

    /**
     * §8.9: Kong (1 pod, surge 1, unavailable 0; GFE drain and backend timeout 300 s so the GFE
     * is not the cut: its 30 s default would fire at 35 000 too, and first, as it was armed first) rolls
     * at 0; the new pod is ready at 10 000, so the old pod C.1 is deleted at 10 000. Its preStop,
     * kong quit --wait=15 --timeout=10, sends QUIT at 25 000 and TERM at 35 000, which cuts a POST
     * that started at 5000 and needs 40 s of processing: 502 at 35 000. The POST needs until 5000 +
     * 1 (1 kB up) + 1 (to D) + 40 000 + 1 (back to C) + 1 (to the client) = 45 003, which is 20 003
     * after QUIT: timeout 21 s, and as 15 + 21 > 30 the grace period goes to 41 s.
     */
    @Test
    void kongQuitDefaultsCutLongRequest() {
        Hop c = oneByOne(kong("C", FrontKind.GCP_EXTERNAL_ALB, 1))
                .with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofSeconds(300))
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Topology t = chain(c, runtime("D", FrontKind.KONG_UPSTREAM, 1));
        Scenario s = scenario(List.of(roll("C", 0)), post("POST", 1_000, 5000, 40_000));

        Outcome o = only(t, s);

        assertFailed(o, 502, "C", Cause.KONG_QUIT_TIMEOUT, 35_000);
        assertThat(o.failure().instance()).isEqualTo("C.1");
        assertThat(o.failure().fixes()).containsExactly(
                new SettingChange("C", "lifecycle.kongQuitTimeout", "21s"),
                new SettingChange("C", "lifecycle.terminationGracePeriod", "41s"));
        Outcome fixed = only(applyFixes(t, o.failure()), s);
        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.end()).isEqualTo(45_003);
    }

    /**
     * §8.11: D (1 pod, exits at once on SIGTERM) rolls at 5000: its new pod is ready at 15 000, and
     * the old pod D.1 exits then. A buffers the 50 MB POST until 40 000, so by the time it reaches
     * D only the new pod is left: OK at 40 000 + 400 + 100 + 1 = 40 501. Without buffering at A the
     * body streams to D.1 from 0 and is cut when D.1 exits at 15 000: 502 from A.
     */
    @Test
    void requestBufferingAtAKeepsRollOfDAwayFromUpload() {
        Topology buffered = chain(roomyA(), oneByOne(runtime("D", FrontKind.K8S_SERVICE, 1)));
        Topology streamed = chain(roomyA().with(ProxySettings.REQUEST_BUFFERING, false),
                oneByOne(runtime("D", FrontKind.K8S_SERVICE, 1)));
        Scenario s = scenario(List.of(roll("D", 5000)), post("POST", 50 * MB, 0, 100));

        Outcome withBuffering = only(buffered, s);
        Outcome withoutBuffering = only(streamed, s);

        assertThat(withBuffering.ok()).isTrue();
        assertThat(withBuffering.end()).isEqualTo(40_501);
        assertFailed(withoutBuffering, 502, "D", Cause.STOPPED_AT_ONCE, 15_000);
        assertThat(withoutBuffering.failure().answeredBy()).isEqualTo("A");
    }

    /**
     * §8.10: the app needs 90 s; A's proxy_read_timeout (60 s) starts when A has sent the GET at 0
     * and fires at 60 000: 504 from A (one server behind a VIP: no retry). The fix is 91 s.
     */
    @Test
    void readTimeoutGives504() {
        Topology t = nginxThenApp(roomyA());
        Scenario s = scenario(List.of(), get("GET", 0, 90_000));

        Outcome o = only(t, s);

        assertFailed(o, 504, "A", Cause.READ_TIMEOUT, 60_000);
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("A", "proxy.upstreamReadTimeout", "91s"));
        assertThat(only(applyFixes(t, o.failure()), s).ok()).isTrue();
    }

    /**
     * §8.15: a regional MIG of 3 VMs over 3 zones defaults to maxSurge 3 and maxUnavailable 3, so a
     * roll at 0 removes all 3 old VMs at once; the new ones pass their health check only at 65 000.
     * A GET at 10 000 finds no backend: the GFE answers 502 failed_to_pick_backend.
     */
    @Test
    void migDefaultMaxUnavailableEmptiesTheHop() {
        Topology t = nginxThenApp(nginx("A", 3));
        Scenario s = scenario(List.of(roll("A", 0)), get("GET", 10_000, 100));

        Outcome o = only(t, s);

        assertFailed(o, 502, "A", Cause.NO_ROUTABLE_INSTANCE, 10_000);
        assertThat(o.failure().answeredBy()).isEqualTo("A/front");
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("A", "rollout.maxUnavailable", "0"));
        assertThat(only(applyFixes(t, o.failure()), s).ok()).isTrue();
    }

    /**
     * §3, §8.15: B (3 VMs, MIG defaults) rolls at 10 000 and loses all its VMs at once. A GET at
     * 12 000 passes the GFE and A, whose connection through the passthrough NLB finds no backend:
     * the SYN is dropped and A waits for its 60 s connect timeout. The GFE's 30 s budget runs out
     * first, at 42 000, and it answers 502; the cause is B's empty rollout, not the GFE's timeout.
     */
    @Test
    void connectIntoAnEmptyPassthroughLbBlamesTheRollout() {
        Hop b = Hop.of("B", "B stream", HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 3);
        Topology t = chain(nginx("A", 1), b, runtime("D", FrontKind.GCP_INTERNAL_TCP_LB, 1));
        Scenario s = scenario(List.of(roll("B", 10_000)), get("GET", 12_000, 100));

        Outcome o = only(t, s);

        assertFailed(o, 502, "B", Cause.NO_ROUTABLE_INSTANCE, 42_000);
        assertThat(o.failure().answeredBy()).isEqualTo("A/front");
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("B", "rollout.maxUnavailable", "0"));
        assertThat(only(applyFixes(t, o.failure()), s).ok()).isTrue();
    }

    private static void assertFailed(Outcome o, int status, String hop, Cause cause, long time) {
        assertThat(o.ok()).as("ok").isFalse();
        assertThat(o.status()).as("status").isEqualTo(status);
        assertThat(o.failure().cause()).as("cause").isEqualTo(cause);
        assertThat(o.failure().hop()).as("hop").isEqualTo(hop);
        assertThat(o.failure().time()).as("time").isEqualTo(time);
        assertThat(o.end()).as("end").isEqualTo(time);
    }
}
