package dev.rollscope.lab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.lab.client.HttpDriver;
import dev.rollscope.lab.client.RealOutcome;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lab's application: processing time, body, response size, graceful and immediate stops. */
class AppServerTest {

    private final long t0 = System.nanoTime();
    private final AppServer app = new AppServer("D.1", 5000);

    @AfterEach
    void close() {
        app.close();
    }

    private RealOutcome send(String method, long body, long bps, long processing) {
        return new HttpDriver(app.port(), () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), 5000)
                .send(new HttpDriver.Call("r", method, body, bps, processing, 2000));
    }

    @Test
    void answersAfterItsProcessingTimeWithItsName() {
        RealOutcome o = send("GET", 0, 10_000_000, 200);

        assertThat(o.ok()).isTrue();
        assertThat(o.hops()).containsExactly("D.1");
        assertThat(o.end() - o.start()).isBetween(200L, 400L);
    }

    /** 125 000 bytes at 1 Mbit/s take 1000 ms; the app answers only once it has them all. */
    @Test
    void readsTheWholeBodySentAtTheClientsRate() {
        RealOutcome o = send("POST", 125_000, 1_000_000, 0);

        assertThat(o.ok()).isTrue();
        assertThat(o.end() - o.start()).isBetween(950L, 1200L);
    }

    @Test
    void gracefulStopFinishesInFlightWorkAndRefusesNewConnections() throws Exception {
        CompletableFuture<RealOutcome> slow = CompletableFuture.supplyAsync(() -> send("GET", 0, 10_000_000, 400));
        Thread.sleep(100);

        app.stopGracefully();

        assertThat(send("GET", 0, 10_000_000, 0).statusText()).isEqualTo("reset");
        assertThat(slow.get().ok()).isTrue();
    }

    @Test
    void immediateStopResetsInFlightWork() throws Exception {
        CompletableFuture<RealOutcome> slow = CompletableFuture.supplyAsync(() -> send("GET", 0, 10_000_000, 1000));
        Thread.sleep(100);

        app.stopNow();

        RealOutcome o = slow.get();
        assertThat(o.statusText()).isEqualTo("reset");
        assertThat(o.end()).isLessThan(900);
    }
}
