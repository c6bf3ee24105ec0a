package dev.rollscope.model.analysis.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.KongHashOn;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The danger search with session affinity (domain.md §12; README "What safe means"): which pod a
 * client's key hashes to is unknown, so the searched request's first pick at a front with affinity
 * is still walked over every pod, whatever another request of the same client pinned. Kong in
 * front of D (2 pods, graceful, preStop 20 s, grace 30 s) rolled one by one: D.2 is deleted at
 * 10 000 and killed at 40 000, D.1 deleted at 20 000 and killed at 50 000. Client u1 is pinned to
 * D.1 by a GET at 1 000 (Kong's first round-robin pick).
 */
class AffinitySweepTest {

    private static Topology chain(KongHashOn hashOn) {
        Hop c = Hop.of("C", "C", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop d = Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.KONG_UPSTREAM, 2)
                .with(RolloutSettings.MAX_SURGE, Scale.count(1)).with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(0))
                .with(FrontSettings.HASH_ON, hashOn)
                .with(LifecycleSettings.ON_STOP_SIGNAL, StopBehaviour.GRACEFUL)
                .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(20));
        return new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(c, d), Layout.EMPTY);
    }

    /**
     * A POST of u1 with 35 s at D, searched in steps of 500 ms. It is cut on D.2 when it reaches D.2
     * at 40 000 - 35 000 = 5 000 or later, up to the last step before D.2 leaves Kong's view at
     * 13 000 (12 500), and on D.1 from 50 000 - 35 000 = 15 000 up to 22 500 (D.1 leaves the view
     * at 23 000). Honouring u1's pin (D.1, from the GET) would hide the D.2 window; the search with
     * affinity finds exactly the windows of the search without it.
     */
    @Test
    void affinityNarrowsNoDangerWindow() {
        RequestSpec pin = new RequestSpec("pin", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, null,
                TimeSpan.ofSeconds(1), TimeSpan.ofMillis(100), null, ClientBehaviour.NONE.withId("u1"));
        RequestSpec post = new RequestSpec("POST", "POST", ByteSize.ofBytes(1_000), ByteSize.ofBytes(1_000), null, null,
                TimeSpan.ofSeconds(2), TimeSpan.ofSeconds(35), null, ClientBehaviour.NONE.withId("u1"));
        Scenario s = new Scenario("roll D", "", List.of(new RollOut("D", TimeSpan.ZERO)), List.of(pin, post), null, 1);

        SweepResult with = Sweep.run(chain(KongHashOn.HEADER), s, "POST", TimeSpan.ofMillis(500));
        SweepResult without = Sweep.run(chain(KongHashOn.NONE), s, "POST", TimeSpan.ofMillis(500));

        assertThat(with.complete()).isTrue();
        assertThat(with.safe()).isFalse();
        assertThat(with.windows()).isEqualTo(without.windows());
        assertThat(with.windows()).extracting(w -> w.from() + ".." + w.to() + " " + w.instances())
                .containsExactly("5000..12500 [D.2]", "15000..22500 [D.1]");
    }
}
