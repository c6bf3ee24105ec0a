package dev.rollscope.model.analysis.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.sim.facade.Simulator;
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
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Sweeps with windows worked out by hand (client 10 Mbit/s up, 50 Mbit/s down; 1 Gbit/s inside).
 * A window's sampled edges are the first and last failing offsets; the comments say where the true
 * edges lie, which must be within one step (100 ms) outside them.
 */
class SweepTest {

    private static final TimeSpan STEP = TimeSpan.ofMillis(100);

    private static Hop oneByOne(Hop h) {
        return h.with(RolloutSettings.MAX_SURGE, Scale.count(1)).with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(0));
    }

    private static Topology chain(Hop... hops) {
        return new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(hops), Layout.EMPTY);
    }

    private static RequestSpec request(String method, long body, long processing) {
        return new RequestSpec(method, method, ByteSize.ofBytes(body), ByteSize.ofBytes(1_000), null, null,
                TimeSpan.ZERO, TimeSpan.ofMillis(processing), null);
    }

    private static Scenario roll(String hop, long at, RequestSpec... requests) {
        return new Scenario("s", "", List.of(new RollOut(hop, TimeSpan.ofMillis(at))), List.of(requests), null, 1);
    }

    /**
     * Kong C (GFE timeout 300 s) before one app pod D (graceful, preStop 5 s, grace 30 s), D rolled
     * at 0: the new pod is ready at 10 000, when the old one is deleted (preStop until 15 000,
     * killed at 40 000); Kong's targets follow 3 s later, at 13 000. A request of 40 s reaches D
     * 1 ms after it is sent (1 kB at 10 Mbit/s) and needs D until s + 40 003; on the old pod it is
     * killed when that is after 40 000, i.e. from s = -2, and it goes to the old pod until Kong
     * drops it at 13 000 (round robin, the old pod first). So a POST fails from about -2 to about
     * 12 999: sampled 0 to 12 900. A GET (no body, so no time on the way in) killed before its first
     * byte is retried by Kong on the new pod (§2 proxy_next_upstream; Kong retries 5); only the GET
     * whose 1 kB answer is under way at the kill, [s + 40 000, s + 40 001) holding 40 000, is cut
     * with its 200 already sent: s = 0, a window of one millisecond.
     */
    private static Topology kongBeforeGracefulPod() {
        Hop c = Hop.of("C", "C Kong", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop d = oneByOne(Hop.of("D", "D app", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.KONG_UPSTREAM, 1))
                .with(LifecycleSettings.ON_STOP_SIGNAL, StopBehaviour.GRACEFUL)
                .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(5));
        return chain(c, d);
    }

    @Test
    void postIsCutByTheGracePeriodWhileKongStillRoutesToTheOldPod() {
        RequestSpec post = request("POST", 1_000, 40_000);

        SweepResult r = Sweep.run(kongBeforeGracefulPod(), roll("D", 0, post), "POST", STEP);

        assertThat(r.windows()).hasSize(1);
        DangerWindow w = r.windows().get(0);
        assertThat(w.from()).isEqualTo(0);
        assertThat(w.to()).isEqualTo(12_900);
        assertThat(w.cause()).isEqualTo(Cause.GRACE_PERIOD_EXPIRED);
        assertThat(w.hop()).isEqualTo("D");
        assertThat(w.statuses()).containsExactly("502");
    }

    /**
     * The POST of the test above sent 5 s after the roll is inside its window (0 to 12 900), and the
     * one sent 20 s after it is past it: the cases replayed alone fail with 502 at D and succeed.
     * The roll starts at 0 and the request needs about 40 s, so the sweep shifted the scenario by
     * 40 100 ms (40 003 rounded up to steps of 100) and the cases send the POST at 45 100 and 60 100.
     */
    @Test
    void caseAtReplaysThePointOfTheSweep() {
        Scenario s = roll("D", 0, request("POST", 1_000, 40_000));
        SweepResult r = Sweep.run(kongBeforeGracefulPod(), s, "POST", STEP);

        Scenario inside = Sweep.caseAt(s, r, 5_000);
        Scenario after = Sweep.caseAt(s, r, 20_000);

        assertThat(r.shift()).isEqualTo(40_100);
        assertThat(inside.requests().get(0).start()).isEqualTo(TimeSpan.ofMillis(45_100));
        assertThat(inside.disruptions().get(0).at()).isEqualTo(TimeSpan.ofMillis(40_100));
        Outcome failed = Simulator.run(kongBeforeGracefulPod(), inside).outcome("POST");
        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.failure().hop()).isEqualTo("D");
        assertThat(Simulator.run(kongBeforeGracefulPod(), after).outcome("POST").ok()).isTrue();
    }

    @Test
    void getOnTheSameChainFailsOnlyWhereItsAnswerIsUnderWayBecauseKongRetriesIt() {
        RequestSpec get = request("GET", 0, 40_000);

        SweepResult r = Sweep.run(kongBeforeGracefulPod(), roll("D", 0, get), "GET", STEP);

        assertThat(r.windows()).hasSize(1);
        DangerWindow w = r.windows().get(0);
        assertThat(w.from()).isZero();
        assertThat(w.to()).isZero();
        assertThat(w.statuses()).containsExactly("200 truncated");
        assertThat(w.cause()).isEqualTo(Cause.GRACE_PERIOD_EXPIRED);
    }

    /** The same chain with 20 s of processing: on the old pod a request ends by s + 20 003 < 40 000. */
    @Test
    void shorterRequestsThanTheGracePeriodLeaveAnEmptyWindow() {
        SweepResult post = Sweep.run(kongBeforeGracefulPod(), roll("D", 0, request("POST", 1_000, 20_000)), "POST", STEP);
        SweepResult get = Sweep.run(kongBeforeGracefulPod(), roll("D", 0, request("GET", 0, 20_000)), "GET", STEP);

        assertThat(post.windows()).isEmpty();
        assertThat(get.windows()).isEmpty();
        assertThat(post.points()).hasSizeGreaterThan(300).allMatch(SweepPoint::ok);
    }

    /**
     * nginx A before stream B (one VM, surge 1, unavailable 0, drain 0) before the app (20 s): B's new
     * VM is healthy at 65 000, when the NLB drops B.1 with no drain; B.1's nginx gets QUIT then and
     * TERM 5 s later, which cuts what it still carries: 502 from A (DrainAndStopTest). A GET needs
     * B.1 until s + 20 001, so it fails from s = 45 000 (its answer, under way from 65 000, is cut:
     * a truncated 200; later ones wait for it: 502), and it goes to B.1 until 65 000: sampled
     * 45 000 to 64 900. The window's fix is the drain its last GET needs. The GET lasts 20 002 ms undisturbed, so the sweep starts 201 steps before the
     * roll, and the scenario (roll at 0) is moved 20 100 ms later to make room.
     */
    @Test
    void getIsCutWhenItStillNeedsTheStreamHopAfterItsZeroDrain() {
        Hop a = Hop.of("A", "A nginx", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop b = oneByOne(Hop.of("B", "B stream", HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 1))
                .with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ZERO);
        Hop d = Hop.of("D", "D app", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.GCP_INTERNAL_TCP_LB, 1);
        RequestSpec get = request("GET", 0, 20_000);

        SweepResult r = Sweep.run(chain(a, b, d), roll("B", 0, get), "GET", STEP);

        assertThat(r.firstOffset()).isEqualTo(-20_100);
        assertThat(r.shift()).isEqualTo(20_100);
        assertThat(r.windows()).hasSize(1);
        DangerWindow w = r.windows().get(0);
        assertThat(w.from()).isEqualTo(45_000);
        assertThat(w.to()).isEqualTo(64_900);
        assertThat(w.cause()).isEqualTo(Cause.DRAIN_ENDED);
        assertThat(w.hop()).isEqualTo("B");
        assertThat(w.statuses()).containsExactly("200 truncated", "502");
        // The last GET of the window, at 64 900, needs B until 84 901: a drain of 19 901 ms, 20 s.
        assertThat(w.failure().fixes()).containsExactly(new SettingChange("B", "front.drainTimeout", "20s"));
        assertThat(w.text("GET", r.disruptionText(Locale.ENGLISH), Locale.ENGLISH)).isEqualTo(
                "GET fails with 200 truncated / 502 at B (drain ended) when it starts between 45 s and 64.9 s after the roll of B begins"
                        + " and lands on B.1");
        assertThat(w.text("GET", r.disruptionText(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE))
                .contains("B 的滚动更新", "45 s", "64.9 s", "502");
    }

    @Test
    void refusesWhatItCannotSweep() {
        Topology t = kongBeforeGracefulPod();
        RequestSpec post = request("POST", 1_000, 100);
        Scenario calm = new Scenario("calm", "", List.of(), List.of(post), null, 1);

        assertThatThrownBy(() -> Sweep.run(t, roll("D", 0, post), "GET", STEP))
                .hasMessageContaining("no request \"GET\"").hasMessageContaining("POST");
        assertThatThrownBy(() -> Sweep.run(t, calm, "POST", STEP)).hasMessageContaining("no rollout");
        assertThatThrownBy(() -> Sweep.run(t, roll("D", 0, post), "POST", TimeSpan.ZERO))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> Sweep.run(t, roll("D", 0, post), "POST", TimeSpan.ofMillis(2)))
                .hasMessageContaining("choose a longer step");
    }
}
