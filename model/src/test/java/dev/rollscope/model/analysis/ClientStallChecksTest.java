package dev.rollscope.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The static checks count a client's pauses in T_req (domain.md §9, §15), and never a client that stops reading. */
class ClientStallChecksTest {

    /** A behind the GFE with a 120 s drain and a 600 s budget, then the app; A rolls at 10 s. */
    private static Topology chain() {
        Hop a = Hop.of("A", "A nginx", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofSeconds(120))
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(600));
        Hop d = Hop.of("D", "D app", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 1);
        return new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, d), Layout.EMPTY);
    }

    private static List<Finding> drainFindings(ClientBehaviour client) {
        RequestSpec get = new RequestSpec("GET", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000_000), null, null,
                TimeSpan.ZERO, TimeSpan.ofMillis(100), null, client);
        Scenario s = new Scenario("s", "", List.of(new RollOut("A", TimeSpan.ofSeconds(10))), List.of(get), null, 1);
        return Checks.run(chain(), s).stream().filter(f -> f.check().equals("drain")).toList();
    }

    /**
     * A 10 MB GET whose client pauses reading 150 s after 1 MB stays at A 100 ms + 1 600 ms + 150 s =
     * 151.7 s: over A's 120 s drain, which should be 152 s.
     */
    @Test
    void aDownloadPauseCountsInTheDrainTheRequestNeeds() {
        List<Finding> drain = drainFindings(new ClientBehaviour(TimeSpan.ZERO, null,
                new ClientBehaviour.Pause(ByteSize.ofBytes(1_000_000), TimeSpan.ofSeconds(150)), null));

        assertThat(drain).singleElement().extracting(Finding::fixes)
                .isEqualTo(List.of(new SettingChange("A", "front.drainTimeout", "152s")));
    }

    /** A client that stops reading never ends by itself (send_timeout ends it): no drain is asked to cover it. */
    @Test
    void aClientThatStopsReadingAsksNoDrain() {
        assertThat(drainFindings(new ClientBehaviour(TimeSpan.ZERO, null, null, ByteSize.ofBytes(1_000_000))))
                .isEmpty();
    }
}
