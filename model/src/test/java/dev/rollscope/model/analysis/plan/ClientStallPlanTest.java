package dev.rollscope.model.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fix plan for a client that pauses its upload (domain.md §15): the setting change, verified by the danger search. */
class ClientStallPlanTest {

    private static final TimeSpan STEP = TimeSpan.ofSeconds(1);

    /**
     * A (no GFE, 100 MB body limit) then D; a 5 MB POST whose client pauses 75 s after 1 MB
     * (800 ms at 10 Mbit/s). A's client_body_timeout (60 s) closes it at every start, whatever
     * rolls: the plan raises it to 75 s, and the search over every start of the roll of D finds
     * nothing left (D's graceful default stop waits for the request to finish).
     */
    @Test
    void thePlanRaisesClientBodyTimeoutAndVerifiesIt() {
        Hop a = Hop.of("A", "A nginx", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 1)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100));
        Hop d = Hop.of("D", "D app", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 1);
        Topology t = new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, d), Layout.EMPTY);
        ClientBehaviour pauses = new ClientBehaviour(TimeSpan.ZERO,
                new ClientBehaviour.Pause(ByteSize.ofMegabytes(1), TimeSpan.ofSeconds(75)), null, null);
        RequestSpec up = new RequestSpec("UP", "POST", ByteSize.ofMegabytes(5), ByteSize.ofBytes(1_000), null, null,
                TimeSpan.ofSeconds(5), TimeSpan.ofMillis(100), null, pauses);
        Scenario s = new Scenario("s", "", List.of(new RollOut("D", TimeSpan.ofSeconds(10))), List.of(up), null, 1);

        SweepResult first = Sweep.run(t, s, "UP", STEP);
        FixPlan plan = FixPlanner.plan(t, up, FixPlanner.sweeping(s, "UP", STEP), Found.of(first), STEP);

        assertThat(first.undisturbed().failure().cause()).isEqualTo(Cause.CLIENT_BODY_TIMEOUT);
        assertThat(plan.steps()).extracting(st -> st.because().cause()).startsWith(Cause.CLIENT_BODY_TIMEOUT);
        assertThat(plan.steps().get(0).changes())
                .containsExactly(new SettingChange("A", "proxy.clientBodyTimeout", "75s"));
        assertThat(plan.verified()).isTrue();
    }
}
