package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.crash;
import static dev.rollscope.model.sim.Fixtures.get;
import static dev.rollscope.model.sim.Fixtures.kong;
import static dev.rollscope.model.sim.Fixtures.nginx;
import static dev.rollscope.model.sim.Fixtures.post;
import static dev.rollscope.model.sim.Fixtures.runtime;
import static dev.rollscope.model.sim.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A VM that crashes goes silent (§8: no FIN, no RST): nothing answered behind it reaches the
 * client, and the dead VM itself times nothing out. Chain: GFE (backend timeout 300 s) → A (nginx,
 * 2 VMs) → C (Kong, 2 pods) → D (2 pods), a request at 0 that D processes for 10 s (a GET) or
 * 100 s (a POST of 1 kB), A.1 (the VM it went through) crashes at 2 000. The GFE hears nothing more and answers 502 when its budget ends,
 * at 300 000. Before, the request's timers at A and behind it kept running: A's proxy_read_timeout
 * (60 s after it sent the request) or, with A's raised, Kong's read_timeout (60 s) answered 504
 * "through" the dead VM at about 60 s.
 */
class SilentVmTest {

    private static Topology chain(TimeSpan aReadTimeout) {
        Hop a = nginx("A", 2).with(ProxySettings.UPSTREAM_READ_TIMEOUT, aReadTimeout)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        return Fixtures.chain(a, kong("C", FrontKind.GCP_INTERNAL_TCP_LB, 2), runtime("D", FrontKind.KONG_UPSTREAM, 2));
    }

    private static Outcome crashOfA(Topology t, RequestSpec request) {
        return Simulator.run(t, scenario(List.of(crash("A", 0, 2_000)), request)).outcomes().get(0);
    }

    @Test
    void theDeadVmsOwnReadTimeoutAnswersNothing() {
        Outcome o = crashOfA(chain(TimeSpan.ofSeconds(60)), get("GET", 0, 10_000));

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(300_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.INSTANCE_CRASHED);
        assertThat(o.failure().hop()).isEqualTo("A");
    }

    /** A POST, which Kong does not retry once sent: its read_timeout would answer 504 at once. */
    @Test
    void aTimeoutBehindTheDeadVmAnswersNothing() {
        Outcome o = crashOfA(chain(TimeSpan.ofSeconds(600)), post("POST", 1_000, 0, 100_000));

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(300_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.INSTANCE_CRASHED);
    }
}
