package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.applyFixes;
import static dev.rollscope.model.sim.Fixtures.chain;
import static dev.rollscope.model.sim.Fixtures.get;
import static dev.rollscope.model.sim.Fixtures.nginx;
import static dev.rollscope.model.sim.Fixtures.only;
import static dev.rollscope.model.sim.Fixtures.post;
import static dev.rollscope.model.sim.Fixtures.runtime;
import static dev.rollscope.model.sim.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.MigCanary;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blue/green switches and a MIG canary (domain.md §14). Client 10 Mbit/s up, internal network
 * 1 Gbit/s (Fixtures): a 50 MB body takes 40 000 ms from the client, 400 ms inside. A new pod
 * listens 10 s after its creation and passes its first readiness probe then (probes every 10 s
 * from creation): ready and available at +10 000. A new VM listens after 60 s and is healthy after
 * two 5 s health checks: +65 000. Expected times worked out by hand in each comment.
 */
class BlueGreenTest {

    private static final long MB50 = 50_000_000L;

    /** A streams the body (no request buffering), so D reads the upload for its whole 40 s. */
    private static Hop streamingA() {
        return nginx("A", 1).with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(ProxySettings.REQUEST_BUFFERING, false)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
    }

    /** Stations: 0 client, 1 GFE, 2 A, 3 D (behind a Kubernetes Service, propagation 1 s; exits at once on SIGTERM). */
    private static Topology selectorChain(String scaleDownDelay) {
        return chain(streamingA(), runtime("D", FrontKind.K8S_SERVICE, 1)
                .with(RolloutSettings.SCALE_DOWN_DELAY, TimeSpan.parse(scaleDownDelay)));
    }

    private static BlueGreen selector(String hop, long at) {
        return new BlueGreen(BlueGreen.Method.SELECTOR, hop, TimeSpan.ofMillis(at));
    }

    private static BlueGreen urlMap(String hop, long at) {
        return new BlueGreen(BlueGreen.Method.URL_MAP, hop, TimeSpan.ofMillis(at));
    }

    /**
     * Selector switch of D at 0: green D.2 is created at 0, available at 10 000, and the Service's
     * selector switches then. A 50 MB POST sent at 5 000 streams through A into D.1 until 45 000
     * (40 000 ms of upload). Scale-down delay 30 s (Argo's default): D.1 is deleted at 40 000 and,
     * without preStop, gets SIGTERM at once and exits (the app's default): the POST is cut at
     * 40 000, 5 s short. The switch itself cut nothing: the POST was still on D.1 long after its
     * endpoint left the Service at 11 000 (§14: established connections stay).
     */
    @Test
    void selectorSwitchCutsAPostThatOutlivesTheScaleDownDelay() {
        Outcome o = only(selectorChain("30s"), scenario(List.of(selector("D", 0)), post("POST", MB50, 5_000, 0)));

        assertThat(o.ok()).isFalse();
        assertThat(o.end()).isEqualTo(40_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.STOPPED_AT_ONCE);
        assertThat(o.failure().instance()).isEqualTo("D.1");
    }

    /**
     * Without a scale-down delay, D.1 is deleted at the switch (10 000) and the POST is cut there,
     * before its endpoint has even left the Service.
     */
    @Test
    void selectorSwitchWithoutDelayCutsAtTheSwitch() {
        Outcome o = only(selectorChain("0s"), scenario(List.of(selector("D", 0)), post("POST", MB50, 5_000, 0)));

        assertThat(o.failure().cause()).isEqualTo(Cause.STOPPED_AT_ONCE);
        assertThat(o.end()).isEqualTo(10_000);
    }

    /**
     * The POST needs D until 45 000 and a little (the last bytes, the answer): 35 000 ms and a
     * little after the switch at 10 000. A delay of 35 s deletes D.1 at exactly 45 000, still too
     * early; 36 s deletes it at 46 000, after the POST has ended, on blue.
     */
    @Test
    void selectorSwitchKeepsAPostWhoseRemainingTimeFitsTheDelay() {
        Scenario s = scenario(List.of(selector("D", 0)), post("POST", MB50, 5_000, 0));

        Outcome tight = only(selectorChain("35s"), s);
        Outcome enough = only(selectorChain("36s"), s);

        assertThat(tight.ok()).isFalse();
        assertThat(tight.end()).isEqualTo(45_000);
        assertThat(enough.ok()).isTrue();
        assertThat(enough.end()).isBetween(45_000L, 46_000L);
    }

    /**
     * New requests follow the switch once the Service's endpoints have propagated (1 s): a GET at
     * 10 500 still reaches blue D.1, one at 11 500 reaches green D.2; both succeed, since the GETs
     * take 1 s and D.1 lives until 40 000.
     */
    @Test
    void newRequestsMoveToGreenAfterThePropagationDelay() {
        SimulationResult r = Simulator.run(selectorChain("30s"),
                scenario(List.of(selector("D", 0)), get("early", 10_500, 1_000), get("late", 11_500, 1_000)),
                SimulationOptions.full());

        assertThat(r.outcomes()).allMatch(Outcome::ok);
        assertThat(servedBy(r, 0, 3)).isEqualTo("D.1");
        assertThat(servedBy(r, 1, 3)).isEqualTo("D.2");
    }

    /** Stations: 0 client, 1 GFE, 2 A (1 VM, buffers the body), 3 D. */
    private static Topology urlMapChain(String detachDelay) {
        return chain(nginx("A", 1).with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                        .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300))
                        .with(RolloutSettings.DETACH_DELAY, TimeSpan.parse(detachDelay)),
                runtime("D", FrontKind.K8S_SERVICE, 1));
    }

    /**
     * URL map switch of A at 0: green A.2 is healthy at 65 000, when the blue backend service's
     * weight goes to 0. A 50 MB POST sent at 50 000 is being read by A.1 (it buffers the body) until
     * 90 000, then sent to D (400 ms) and answered. Detaching A.1 with the weight change (detach
     * delay 0, the assumed default) cuts it at 65 000: no drain (§1, §14). The fix asks for the time
     * the POST still needed after the weight change: until 90 400 and a little, 25 400 ms and a
     * little: 26 s. With it, A.1 is detached at 91 000 and the POST has ended on blue.
     */
    @Test
    void urlMapDetachCutsInFlightRequestsAndTheFixWaitsForThem() {
        Topology t = urlMapChain("0s");
        Scenario s = scenario(List.of(urlMap("A", 0)), post("POST", MB50, 50_000, 0));

        Outcome o = only(t, s);

        assertThat(o.ok()).isFalse();
        assertThat(o.end()).isEqualTo(65_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.BACKEND_DETACHED);
        assertThat(o.failure().hop()).isEqualTo("A");
        assertThat(o.failure().instance()).isEqualTo("A.1");
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("A", "rollout.detachDelay", "26s"));
        Outcome fixed = only(applyFixes(t, o.failure()), s);
        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.end()).isBetween(90_400L, 91_000L);
    }

    /**
     * The weight change alone cuts nothing: with a detach delay of 10 min the POST ends on A.1 as
     * without any switch (about 90 400), and a GET sent at 66 000, after the weight change, goes to
     * green A.2.
     */
    @Test
    void weightToZeroLetsInFlightRequestsFinishAndSendsNewOnesToGreen() {
        SimulationResult r = Simulator.run(urlMapChain("10m"),
                scenario(List.of(urlMap("A", 0)), post("POST", MB50, 50_000, 0), get("GET", 66_000, 100)),
                SimulationOptions.full());

        assertThat(r.outcomes()).allMatch(Outcome::ok);
        assertThat(r.outcomes().get(0).end()).isBetween(90_400L, 91_000L);
        assertThat(servedBy(r, 0, 2)).isEqualTo("A.1");
        assertThat(servedBy(r, 1, 2)).isEqualTo("A.2");
    }

    /**
     * Canary of target size 1 in a MIG of 3 with maxSurge 1, maxUnavailable 0: the new VM A.4 is
     * created at 0 and healthy at 65 000; then one old VM (A.1) is removed (drain 0, nothing in
     * flight: deleted at once), and the update stops there: A.2 and A.3 keep the old template.
     */
    @Test
    void canaryReplacesOnlyItsTargetSize() {
        Topology t = chain(nginx("A", 3).with(RolloutSettings.MAX_SURGE, Scale.count(1))
                .with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(0)), runtime("D", FrontKind.K8S_SERVICE, 1));
        SimulationResult r = Simulator.run(t, scenario(List.of(new MigCanary("A", TimeSpan.ZERO, 1)),
                get("GET", 200_000, 100)), SimulationOptions.full());

        List<InstanceInfo> a = r.instances().stream().filter(i -> i.id().startsWith("A.")).toList();
        assertThat(a).extracting(InstanceInfo::id).containsExactly("A.1", "A.2", "A.3", "A.4");
        assertThat(a).extracting(InstanceInfo::version).containsExactly(1, 1, 1, 2);
        assertThat(a.get(0).stateAt(64_999)).isEqualTo(InstanceState.READY);
        assertThat(a.get(0).stateAt(65_000)).isEqualTo(InstanceState.GONE);
        assertThat(a.get(1).stateAt(300_000)).isEqualTo(InstanceState.READY);
        assertThat(a.get(2).stateAt(300_000)).isEqualTo(InstanceState.READY);
        assertThat(a.get(3).stateAt(300_000)).isEqualTo(InstanceState.READY);
        assertThat(r.trace().events()).filteredOn(e -> e.type() == TraceEventType.DISRUPTION_FINISHED)
                .extracting(TraceEvent::time, TraceEvent::detail).containsExactly(org.assertj.core.groups.Tuple
                        .tuple(65_000L, "canary"));
    }

    /**
     * Kong target weights of D at 0 (A → C Kong → D behind Kong's upstream, propagation 3 s): green
     * D.2 is available at 10 000 and blue's target weight goes to 0; Kong applies it at 13 000. A
     * GET at 12 000 still reaches D.1, one at 13 500 reaches D.2; D.1 is deleted at 10 000 + 30 000
     * (Argo's default delay) and, idle and without preStop, is gone at once.
     */
    @Test
    void kongTargetWeightsMoveNewRequestsOnceKongAppliesThem() {
        Topology t = chain(nginx("A", 1), Fixtures.kong("C", FrontKind.GCP_INTERNAL_TCP_LB, 1),
                runtime("D", FrontKind.KONG_UPSTREAM, 1));
        SimulationResult r = Simulator.run(t, scenario(List.of(new BlueGreen(BlueGreen.Method.KONG_WEIGHTS, "D",
                TimeSpan.ZERO)), get("early", 12_000, 100), get("late", 13_500, 100)), SimulationOptions.full());

        int d = r.stations().size() - 1;
        assertThat(r.outcomes()).allMatch(Outcome::ok);
        assertThat(servedBy(r, 0, d)).isEqualTo("D.1");
        assertThat(servedBy(r, 1, d)).isEqualTo("D.2");
        InstanceInfo d1 = r.instances().get(r.instances().size() - 2);
        assertThat(d1.id()).isEqualTo("D.1");
        assertThat(d1.stateAt(39_999)).isEqualTo(InstanceState.READY);
        assertThat(d1.stateAt(40_000)).isEqualTo(InstanceState.GONE);
    }

    /** The instance of station k that the request's first connection there reached. */
    private static String servedBy(SimulationResult r, int request, int station) {
        return r.trace().events().stream()
                .filter(e -> e.type() == TraceEventType.CONNECTED && e.request() == request && e.peerStation() == station)
                .map(e -> r.instances().get(e.peerInstance()).id()).findFirst().orElse("none");
    }
}
