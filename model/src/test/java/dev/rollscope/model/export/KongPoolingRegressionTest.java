package dev.rollscope.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Topology;
import org.junit.jupiter.api.Test;

/**
 * Found by {@link ExportProperties} (issue 18): Kong pools upstream connections but has no
 * {@code proxy.upstreamKeepaliveTime}; with an L4 hop after it, the drain checks asked for that
 * setting and threw "this hop has no setting proxy.upstreamKeepaliveTime" from the report.
 */
class KongPoolingRegressionTest {

    @Test
    void kongInFrontOfAnL4HopIsCheckedWithoutAskingForASettingItLacks() {
        RandomProjects random = new RandomProjects(0);
        Topology t = random.topology();
        Scenario s = random.scenario(t);
        // the chain seed 0 draws: Kong first, then an nginx stream hop
        assertThat(t.hops().get(0).kind()).isEqualTo(HopKind.KONG);
        assertThat(t.hops().get(1).kind()).isEqualTo(HopKind.NGINX_L4);
        assertThat(Checks.run(t, s)).isNotNull();
    }
}
