package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.chain;
import static dev.rollscope.model.sim.Fixtures.crash;
import static dev.rollscope.model.sim.Fixtures.get;
import static dev.rollscope.model.sim.Fixtures.kong;
import static dev.rollscope.model.sim.Fixtures.only;
import static dev.rollscope.model.sim.Fixtures.post;
import static dev.rollscope.model.sim.Fixtures.runtime;
import static dev.rollscope.model.sim.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.ProxySettings;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What helps a request a crash cut (§8.12) depends on the request: the hop in front may send a GET
 * again, never a POST once sent (domain.md §2 proxy_next_upstream). Kong in front of D, D.1 crashes at
 * 3000 under a request on it since 1000.
 */
class CrashFixTextTest {

    /** Kong's retries set to 0: the GET is cut, and retries (and another pod to go to) would save it. */
    @Test
    void aCrashedGetIsHelpedByRetriesAndMoreInstances() {
        Outcome o = only(chain(kong("C", FrontKind.GCP_EXTERNAL_ALB, 1).with(ProxySettings.RETRIES, 0),
                        runtime("D", FrontKind.KONG_UPSTREAM, 2)),
                scenario(List.of(crash("D", 0, 3000)), get("GET", 1000, 5000)));

        assertThat(o.failure().cause()).isEqualTo(Cause.INSTANCE_CRASHED);
        assertThat(Explanation.of(o.failure(), Locale.ENGLISH).fix())
                .isEqualTo("Give the hop in front of D retries for idempotent requests, and run more than one instance.");
    }

    /** D has two pods, but Kong does not send the POST again (nor should it): the client may. */
    @Test
    void aCrashedPostIsNotHelpedByTheHopsRetries() {
        Outcome o = only(chain(kong("C", FrontKind.GCP_EXTERNAL_ALB, 1), runtime("D", FrontKind.KONG_UPSTREAM, 2)),
                scenario(List.of(crash("D", 0, 3000)), post("POST", 1_000, 1000, 5000)));

        assertThat(o.failure().cause()).isEqualTo(Cause.INSTANCE_CRASHED);
        assertThat(Explanation.of(o.failure(), Locale.ENGLISH).fix()).isEqualTo("The hop in front of D does not "
                + "send a request that is not idempotent again once it was sent, and should not: it could be written "
                + "twice. Its client may send it again where nothing was written; more than one instance keeps the "
                + "next requests served.");
        assertThat(Explanation.of(o.failure(), Locale.SIMPLIFIED_CHINESE).fix()).isEqualTo("非幂等请求一旦发出，D 前面的"
                + "跳点不会再次发送，也不应再次发送：那样可能写入两次。客户端可以在什么都没写入时重新发送；运行不止一个实例能让之后的请求得到服务。");
    }
}
