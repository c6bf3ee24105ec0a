package dev.rollscope.lab.balancer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.lab.app.AppServer;
import dev.rollscope.lab.client.HttpDriver;
import dev.rollscope.lab.client.RealOutcome;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lab's balancer on loopback, in front of two lab application servers. */
class BalancerTest {

    private final long t0 = System.nanoTime();
    private final AppServer d1 = new AppServer("D.1", 5000);
    private final AppServer d2 = new AppServer("D.2", 5000);
    private Balancer balancer;

    @AfterEach
    void close() {
        balancer.close();
        d1.close();
        d2.close();
    }

    private long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    private RealOutcome get(long processing) {
        return new HttpDriver(balancer.port(), this::now, 5000)
                .send(new HttpDriver.Call("get", "GET", 0, 10_000_000, processing, 100));
    }

    private CompletableFuture<RealOutcome> getAsync(long processing) {
        return CompletableFuture.supplyAsync(() -> get(processing));
    }

    private static void sleep(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }

    @Test
    void spreadsNewConnectionsRoundRobin() {
        balancer = new Balancer("D", Balancer.DrainEnd.CUT, 0);
        balancer.route("D.1", d1.port());
        balancer.route("D.2", d2.port());

        assertThat(get(0).hops()).containsExactly("D.1");
        assertThat(get(0).hops()).containsExactly("D.2");
        assertThat(get(0).hops()).containsExactly("D.1");
    }

    @Test
    void unroutedBackendFinishesItsConnectionAndGetsNoNewOne() throws Exception {
        balancer = new Balancer("D", Balancer.DrainEnd.CUT, 0);
        balancer.route("D.1", d1.port());
        CompletableFuture<RealOutcome> slow = getAsync(300);
        sleep(100);
        balancer.unroute("D.1");
        balancer.route("D.2", d2.port());

        assertThat(get(0).hops()).containsExactly("D.2");
        RealOutcome finished = slow.get();
        assertThat(finished.ok()).isTrue();
        assertThat(finished.hops()).containsExactly("D.1");
    }

    @Test
    void cutAtDrainEndResetsTheCallerAtOnce() throws Exception {
        balancer = new Balancer("D", Balancer.DrainEnd.CUT, 0);
        balancer.route("D.1", d1.port());
        CompletableFuture<RealOutcome> slow = getAsync(2000);
        sleep(200);

        balancer.endDrain("D.1");

        RealOutcome o = slow.get();
        assertThat(o.status()).isZero();
        assertThat(o.end()).isBetween(200L, 1000L);
    }

    @Test
    void dropAtDrainEndSilencesTheFlowUntilTheBackendCloses() throws Exception {
        balancer = new Balancer("D", Balancer.DrainEnd.DROP, 0);
        balancer.route("D.1", d1.port());
        CompletableFuture<RealOutcome> slow = getAsync(2000);
        sleep(100);
        balancer.endDrain("D.1");
        sleep(500);
        assertThat(slow).isNotDone();

        d1.stopNow();

        RealOutcome o = slow.get();
        assertThat(o.status()).isZero();
        assertThat(o.end()).isBetween(600L, 1900L);
    }

    /** A dropped flow loses the backend's bytes but not its close: the return path bypasses the NLB (§3). */
    @Test
    void droppedFlowLosesTheAnswerButNotTheBackendsClose() throws Exception {
        balancer = new Balancer("D", Balancer.DrainEnd.DROP, 0);
        balancer.route("D.1", d1.port());
        CompletableFuture<RealOutcome> slow = getAsync(300);
        sleep(100);

        balancer.endDrain("D.1");

        RealOutcome o = slow.get();
        assertThat(o.status()).as("the 200 sent at 300 ms was dropped").isZero();
        assertThat(o.end()).isBetween(300L, 900L);
    }

    @Test
    void noRoutableBackendResetsTheCaller() {
        balancer = new Balancer("D", Balancer.DrainEnd.CUT, 0);

        assertThat(get(0).statusText()).isEqualTo("reset");
    }

    @Test
    void budgetCutsAConnectionThatLivesTooLong() {
        balancer = new Balancer("D", Balancer.DrainEnd.CUT, 200);
        balancer.route("D.1", d1.port());

        RealOutcome o = get(1000);

        assertThat(o.status()).isZero();
        assertThat(o.end()).isBetween(200L, 900L);
    }
}
