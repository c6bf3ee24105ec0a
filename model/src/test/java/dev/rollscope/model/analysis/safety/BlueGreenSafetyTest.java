package dev.rollscope.model.analysis.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.plan.SettingChanges;
import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
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

/**
 * The danger search and the fix planner over a URL map switch (domain.md §14): the search finds
 * the detach cutting a 50 MB POST, and the plan it verifies waits for the longest POST.
 */
class BlueGreenSafetyTest {

    /**
     * A (1 VM, buffers the body; client 10 Mbit/s) in front of D. A POST of 50 MB stays on A for its
     * 40 000 ms upload, then 400 ms to D and its answer. The weights change when green A.2 is healthy
     * (65 000). The neediest start the search tries (steps of 100 ms) reaches A.1 100 ms before
     * that: it needs A.1 for 40 400 ms and a little, 40 300 ms and a little after the weight went to
     * 0: 41 s. A POST reaching A at the very moment of the change already goes to green. The default
     * detach delay (0 s) cuts it.
     */
    @Test
    void theSearchFindsTheDetachAndVerifiesAPlanThatWaitsForTheLongestPost() {
        Hop a = Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop d = Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 1);
        Topology t = new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, d), Layout.EMPTY);
        Scenario s = new Scenario("switch A", "", List.of(new BlueGreen(BlueGreen.Method.URL_MAP, "A", TimeSpan.ZERO)),
                List.of(RequestSpec.post("POST", ByteSize.ofMegabytes(50), TimeSpan.ZERO)), null, 1);

        RequestSafety answer = SafetySearch.of(t, s, SafetySearch.DEFAULT_STEP).get(0);

        assertThat(answer.safe()).isFalse();
        assertThat(answer.found().failures()).extracting(Failure::cause).contains(Cause.BACKEND_DETACHED);
        assertThat(answer.plan().verified()).isTrue();
        assertThat(answer.plan().changes()).hasSize(1);
        SettingChange wait = answer.plan().changes().get(0);
        assertThat(wait.hop() + " " + wait.setting()).isEqualTo("A rollout.detachDelay");
        assertThat(wait.value()).isEqualTo("41s");
        assertThat(Sweep.run(SettingChanges.apply(t, answer.plan().changes()), s, "POST", SafetySearch.DEFAULT_STEP)
                .safe()).isTrue();
    }
}
