package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.chain;
import static dev.rollscope.model.sim.Fixtures.kong;
import static dev.rollscope.model.sim.Fixtures.nginx;
import static dev.rollscope.model.sim.Fixtures.oneByOne;
import static dev.rollscope.model.sim.Fixtures.roll;
import static dev.rollscope.model.sim.Fixtures.runtime;
import static dev.rollscope.model.sim.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.KongHashOn;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.SessionAffinity;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session affinity (domain.md §12): it picks the backend of the next connection, never moves a
 * request in flight. Stations: 0 client, 1 GFE, 2 C (one Kong pod; GFE timeout 300 s, out of the
 * way), 3 D behind Kong, rolled one by one from 0, graceful, with the preStop sleep each test
 * names. A new pod listens and is ready 10 s after its creation; Kong learns of every endpoint
 * change 3 s later (KIC sync). With two pods the Deployment deletes D.2 first (at 10 000, when D.3
 * is ready; out of Kong's view at 13 000), then D.1 (at 20 000, when D.4 is ready; out of view at
 * 23 000). A GET (10 kB, 100 ms at D) ends 102 ms after it starts: 1.6 ms of response at the
 * client's 50 Mbit/s rounds up to 2. Kong round-robins: the first new connection goes to D.1, the
 * second to D.2.
 */
class AffinityTest {

    private static Topology kongChain(KongHashOn hashOn, int replicas, long preStopMillis) {
        Hop d = oneByOne(runtime("D", FrontKind.KONG_UPSTREAM, replicas))
                .with(FrontSettings.HASH_ON, hashOn)
                .with(LifecycleSettings.ON_STOP_SIGNAL, StopBehaviour.GRACEFUL)
                .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofMillis(preStopMillis));
        return chain(kong("C", FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300)), d);
    }

    /** The scenario run with Kong hashing on a header, then with round robin (index 0 and 1). */
    private static SimulationResult[] hashedAndRoundRobin(int replicas, long preStopMillis, Scenario s) {
        return new SimulationResult[] {
            Simulator.run(kongChain(KongHashOn.HEADER, replicas, preStopMillis), s, SimulationOptions.full()),
            Simulator.run(kongChain(KongHashOn.NONE, replicas, preStopMillis), s, SimulationOptions.full())};
    }

    /** u2 pinned by a GET at 1 000, u1 by one at 2 000, then these. */
    private static Scenario afterPins(RequestSpec... later) {
        List<RequestSpec> all = new ArrayList<>(List.of(get("u2", "u2", 1_000), get("u1", "u1", 2_000)));
        all.addAll(List.of(later));
        return scenario(List.of(roll("D", 0)), all.toArray(new RequestSpec[0]));
    }

    static RequestSpec get(String id, String client, long start) {
        return new RequestSpec(id, "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, null, TimeSpan.ofMillis(start),
                TimeSpan.ofMillis(100), null, ClientBehaviour.NONE.withId(client));
    }

    static RequestSpec post(String id, String client, long start, long processing) {
        return new RequestSpec(id, "POST", ByteSize.ofBytes(1_000), ByteSize.ofBytes(1_000), null, null,
                TimeSpan.ofMillis(start), TimeSpan.ofMillis(processing), null, ClientBehaviour.NONE.withId(client));
    }

    /**
     * One pod, preStop 20 s. Client u1's POST at 5 000 needs D.1 until 45 000 (40 s at D). D.2 is
     * ready at 10 000, so D.1 is deleted then: preStop until 30 000, SIGTERM (graceful: it waits for
     * the POST), SIGKILL at 10 000 + 30 000 (grace) = 40 000: Kong answers 502 at 40 000. Hashing u1
     * on a header pins it to D.1, and the POST is cut at the same 40 000 for the same reason: the pin
     * only chose D.1, which the POST was on anyway. The pin does act on u1's next requests: at 12 000
     * to D.1 (draining, still in Kong's view), at 14 000 to D.2 (D.1 left the view at 13 000).
     */
    @Test
    void affinityDoesNotSaveAPostInFlight() {
        SimulationResult[] runs = hashedAndRoundRobin(1, 20_000, scenario(List.of(roll("D", 0)), get("pin", "u1", 1_000),
                post("POST", "u1", 5_000, 40_000), get("at12", "u1", 12_000), get("at14", "u1", 14_000)));
        SimulationResult with = runs[0];
        SimulationResult without = runs[1];

        Outcome cut = with.outcomes().get(1);
        assertThat(cut.ok()).isFalse();
        assertThat(cut.status()).isEqualTo(502);
        assertThat(cut.end()).isEqualTo(40_000);
        assertThat(cut.failure().cause()).isEqualTo(Cause.GRACE_PERIOD_EXPIRED);
        assertThat(cut.failure().instance()).isEqualTo("D.1");
        assertThat(cut).isEqualTo(without.outcomes().get(1));
        assertThat(servedBy(with, 2)).isEqualTo("D.1");
        assertThat(servedBy(with, 3)).isEqualTo("D.2");
        assertThat(with.outcomes().get(3).end()).isEqualTo(14_102);
    }

    /**
     * Two pods, preStop 20 s, Kong hashes on a header. u2's first GET (1 000) lands on D.1 and u1's
     * (2 000) on D.2; each client is pinned there. D.2 is deleted at 10 000 but stays in Kong's view
     * until 13 000 and serves through its preStop: u1's GET at 12 000 still goes to D.2 (round robin
     * alone would have sent it to D.1). At 14 000 D.2 has left the view: u1 is pinned anew, to D.1 or
     * D.3, and stays there at 15 000; u2 is not moved (only the key whose backend left moves) until
     * D.1 leaves the view at 23 000: its GET at 24 000 goes elsewhere. Every GET succeeds.
     */
    @Test
    void aPinnedClientMovesOnlyWhenItsBackendLeavesTheView() {
        SimulationResult[] runs = hashedAndRoundRobin(2, 20_000, afterPins(get("u1-12", "u1", 12_000),
                get("u1-14", "u1", 14_000), get("u1-15", "u1", 15_000), get("u2-14", "u2", 14_000),
                get("u2-24", "u2", 24_000)));
        SimulationResult r = runs[0];
        SimulationResult roundRobin = runs[1];

        assertThat(r.outcomes()).allMatch(Outcome::ok);
        assertThat(servedBy(r, 0)).isEqualTo("D.1");
        assertThat(servedBy(r, 1)).isEqualTo("D.2");
        assertThat(servedBy(r, 2)).isEqualTo("D.2");
        assertThat(servedBy(roundRobin, 2)).isEqualTo("D.1");
        assertThat(servedBy(r, 3)).isIn("D.1", "D.3");
        assertThat(servedBy(r, 4)).isEqualTo(servedBy(r, 3));
        assertThat(servedBy(r, 5)).isEqualTo("D.1");
        assertThat(servedBy(r, 6)).isNotEqualTo("D.1");
        assertThat(r.outcomes().get(2).end()).isEqualTo(12_102);
    }

    /**
     * nginx's hash (Kong's balancer is nginx's) pinning to a draining upstream, no preStop: D.2 is
     * deleted at 10 000, gets SIGTERM and closes its listener at once, yet stays in Kong's view until
     * 13 000. u1, pinned to D.2, sends a GET at 11 000: D.2 refuses, Kong marks it tried and hashes
     * again (nothing was sent, retries 5) and D.1 answers: 200 at 11 102. u1 is now pinned to D.1:
     * its GET at 12 000 goes straight there, three connections (client, GFE, Kong) where round robin
     * first hands it to the refusing D.2 (four).
     */
    @Test
    void hashPinnedToADrainingUpstreamIsTriedElsewhereAndRepinned() {
        SimulationResult[] runs = hashedAndRoundRobin(2, 0, afterPins(get("u1-11", "u1", 11_000),
                get("u1-12", "u1", 12_000)));
        SimulationResult r = runs[0];
        SimulationResult roundRobin = runs[1];

        Outcome at11 = r.outcomes().get(2);
        assertThat(at11.ok()).isTrue();
        assertThat(at11.end()).isEqualTo(11_102);
        assertThat(refusedBy(r, 2)).contains("D.2");
        assertThat(servedBy(r, 2)).isEqualTo("D.1");
        assertThat(r.outcomes().get(3).end()).isEqualTo(12_102);
        assertThat(r.outcomes().get(3).attempts()).isEqualTo(3);
        assertThat(refusedBy(r, 3)).isEmpty();
        assertThat(refusedBy(roundRobin, 3)).containsExactly("D.2");
        assertThat(roundRobin.outcomes().get(3).attempts()).isEqualTo(4);
    }

    /**
     * Load concentration (§12 derived): a Service's ClientIP affinity behind A pins by the address
     * it sees, A's VM, not the user's. Six users' GETs through the one A VM all land on one of D's
     * three pods; without affinity kube-proxy spreads them. By cookie at the GFE (A) each user is
     * pinned on its own.
     */
    @Test
    void clientIpAffinityBehindAProxyPinsEveryUserToOnePod() {
        RequestSpec[] gets = new RequestSpec[6];
        for (int i = 0; i < gets.length; i++) {
            gets[i] = get("g" + i, "user" + i, 1_000L * (i + 1));
        }
        Scenario s = scenario(List.of(), gets);
        Hop d = runtime("D", FrontKind.K8S_SERVICE, 3);

        SimulationResult pinned = Simulator.run(chain(nginx("A", 1),
                d.with(FrontSettings.SESSION_AFFINITY, SessionAffinity.CLIENT_IP)), s, SimulationOptions.full());
        SimulationResult spread = Simulator.run(chain(nginx("A", 1), d), s, SimulationOptions.full());

        assertThat(pods(pinned)).hasSize(1);
        assertThat(pods(spread)).hasSizeGreaterThan(1);
    }

    private static Set<String> pods(SimulationResult r) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < r.outcomes().size(); i++) {
            out.add(servedBy(r, i));
        }
        return out;
    }

    /** The D instance (last station) that request i's successful connection reached. */
    static String servedBy(SimulationResult r, int request) {
        int d = r.stations().size() - 1;
        return r.trace().events().stream()
                .filter(e -> e.type() == TraceEventType.CONNECTED && e.request() == request && e.peerStation() == d)
                .map(e -> r.instances().get(e.peerInstance()).id()).reduce((a, b) -> b).orElse("none");
    }

    private static List<String> refusedBy(SimulationResult r, int request) {
        int d = r.stations().size() - 1;
        return r.trace().events().stream()
                .filter(e -> e.type() == TraceEventType.CONNECT_FAILED && e.request() == request && e.peerStation() == d)
                .map(e -> r.instances().get(e.peerInstance()).id()).distinct().toList();
    }
}
