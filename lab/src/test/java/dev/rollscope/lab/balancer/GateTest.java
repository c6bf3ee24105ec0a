package dev.rollscope.lab.balancer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.lab.app.AppServer;
import dev.rollscope.lab.client.HttpDriver;
import dev.rollscope.lab.client.RealOutcome;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A Kong target's gate: open relays to the pod, shut or a pod that stopped listening refuses. */
class GateTest {

    private final long t0 = System.nanoTime();
    private final AppServer pod = new AppServer("D.1", 5000);
    private final Gate gate = new Gate("D.1");

    @AfterEach
    void close() {
        gate.close();
        pod.close();
    }

    private RealOutcome get(long processing) {
        int port = Integer.parseInt(gate.address().substring(gate.address().lastIndexOf(':') + 1));
        return new HttpDriver(port, () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), 5000)
                .send(new HttpDriver.Call("get", "GET", 0, 10_000_000, processing, 100));
    }

    @Test
    void aClosedGateRefusesAndAnOpenOneRelaysToItsPod() {
        assertThat(get(0).statusText()).isEqualTo("reset");

        gate.open(pod.port(), pod::listening);

        RealOutcome o = get(0);
        assertThat(o.ok()).isTrue();
        assertThat(o.hops()).containsExactly("D.1");
    }

    @Test
    void shuttingTheGateLeavesARelayedRequestToFinish() throws Exception {
        gate.open(pod.port(), pod::listening);
        CompletableFuture<RealOutcome> slow = CompletableFuture.supplyAsync(() -> get(300));
        Thread.sleep(100);

        gate.shut();

        assertThat(get(0).statusText()).isEqualTo("reset");
        assertThat(slow.get().ok()).isTrue();
    }

    @Test
    void theGateClosesWhenItsPodStopsListening() throws Exception {
        gate.open(pod.port(), pod::listening);

        pod.stopGracefully();
        Thread.sleep(50);

        assertThat(get(0).statusText()).isEqualTo("reset");
    }
}
