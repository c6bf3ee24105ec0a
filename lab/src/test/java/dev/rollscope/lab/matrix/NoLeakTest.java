package dev.rollscope.lab.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.lab.proc.LabException;
import dev.rollscope.lab.proc.Reaper;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A case that breaks half-way leaves no nginx running: the lab kills what it started. */
@Tag("nginx")
class NoLeakTest {

    /**
     * A's GFE front is an nginx that starts before the lab meets the generic hop it cannot run, so
     * the failure comes with an nginx to clean up.
     */
    @Test
    void aCaseThatFailsHalfWayLeavesNoNginxRunning() throws InterruptedException {
        Hop a = Hops.a();
        Hop generic = Hop.of("G", "G", HopKind.GENERIC_L7, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 1);
        Topology t = new Topology("leak", "", ClientProfile.DEFAULT, Network.DEFAULT,
                List.of(a, generic, Hops.app(FrontKind.K8S_SERVICE)), Layout.EMPTY);
        RequestSpec get = new RequestSpec("GET", "GET", ByteSize.ZERO, ByteSize.ofBytes(100), null, null,
                TimeSpan.ZERO, TimeSpan.ZERO, null);
        LabCase broken = new LabCase("leak-check", "a hop the lab cannot run", t,
                new Scenario("leak-check", "", List.of(), List.of(get), null, 1), false, "");
        Set<Long> before = Reaper.nginxProcesses();

        assertThatThrownBy(() -> LabSession.play(broken)).isInstanceOf(LabException.class)
                .hasMessageContaining("GENERIC_L7");

        assertThat(LabSession.leftSince(before)).isEmpty();
    }
}
