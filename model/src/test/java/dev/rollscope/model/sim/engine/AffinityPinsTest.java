package dev.rollscope.model.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.KongHashOn;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * "Which backend does client X get at time t" ({@link Routing#pinnedBackend}, for features that keep
 * state on one instance, such as resumable uploads): Kong (station 2, behind the GFE at 1) hashing
 * clients on a header in front of D (station 3) with D.1 and D.2 in its view.
 */
class AffinityPinsTest {

    private final Chain chain = new Chain(new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(
            Hop.of("C", "C", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_EXTERNAL_ALB, 1),
            Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.KONG_UPSTREAM, 2)
                    .with(FrontSettings.HASH_ON, KongHashOn.HEADER)), Layout.EMPTY));
    private final Fleet fleet = new Fleet(chain);
    private long now;
    private final Routing routing = new Routing(chain, fleet, new SplittableRandom(1), null, () -> now);

    @Test
    void aClientHasNoBackendBeforeItsFirstConnectionThenItsPinUntilThePinLeavesTheView() {
        Instance c1 = fleet.create(0, 0);
        Instance d1 = fleet.create(1, 0);
        Instance d2 = fleet.create(1, 0);
        fleet.view(1).add(d1);
        fleet.view(1).add(d2);
        RequestRun r = new RequestRun(chain.size);
        r.reset(0, RequestType.of(RequestSpec.get("GET", TimeSpan.ZERO).withClient(ClientBehaviour.NONE.withId("u1")),
                chain, 1_000_000_000L), 0);
        r.inst[2] = c1.index;

        assertThat(routing.pinnedBackend(3, "u1", 0)).isNull();
        Instance first = routing.pick(r, 3);
        now = 5_000;

        assertThat(routing.pinnedBackend(3, "u1", 5_000)).isSameAs(first);
        assertThat(routing.pinnedBackend(3, "u2", 5_000)).isNull();
        fleet.view(1).remove(first);
        assertThat(routing.pinnedBackend(3, "u1", 5_001)).isNull();
        Instance moved = routing.pick(r, 3);
        assertThat(moved).isNotSameAs(first);
        assertThat(routing.pinnedBackend(3, "u1", 5_001)).isSameAs(moved);
    }
}
