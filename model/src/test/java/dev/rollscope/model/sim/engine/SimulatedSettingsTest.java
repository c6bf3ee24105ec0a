package dev.rollscope.model.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.HopProfile;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import org.junit.jupiter.api.Test;

/** Which settings the simulation reads, per hop profile: what the inspector marks "not simulated". */
class SimulatedSettingsTest {

    private static final HopProfile A = new HopProfile(HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB);
    private static final HopProfile KONG_BEHIND_NLB =
            new HopProfile(HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_INTERNAL_TCP_LB);
    private static final HopProfile B = new HopProfile(HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB);

    @Test
    void theClientTimersAreNowSimulatedAtNginxAndKong() {
        assertThat(SimulatedSettings.simulated(ProxySettings.CLIENT_BODY_TIMEOUT, A)).isTrue();
        assertThat(SimulatedSettings.simulated(ProxySettings.CLIENT_HEADER_TIMEOUT, KONG_BEHIND_NLB)).isTrue();
        assertThat(SimulatedSettings.simulated(ProxySettings.SEND_TIMEOUT, KONG_BEHIND_NLB)).isTrue();
    }

    /**
     * The NLB's connection-tracking idle timeout is read only by a static check (§3); the node
     * health check's timeout and healthy threshold in front of Kong on GKE are shown (§10.1) but the
     * engine reads health checks' timeout and healthy threshold on VMs only.
     */
    @Test
    void settingsTheEngineDoesNotReadThereAreNotSimulated() {
        assertThat(SimulatedSettings.simulated(FrontSettings.CONNTRACK_IDLE_TIMEOUT, B)).isFalse();
        assertThat(SimulatedSettings.simulated(FrontSettings.HEALTH_CHECK_TIMEOUT, KONG_BEHIND_NLB)).isFalse();
        assertThat(SimulatedSettings.simulated(FrontSettings.HEALTH_CHECK_TIMEOUT, B)).isTrue();
    }
}
