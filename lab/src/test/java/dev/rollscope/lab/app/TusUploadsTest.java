package dev.rollscope.lab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.lab.client.HttpDriver;
import dev.rollscope.lab.client.RealOutcome;
import dev.rollscope.lab.client.TusClient;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lab's application as a tus server and the lab's tus client (domain.md §13): an upload kept in
 * shared storage is known to the instance that replaces its pod, one kept on the pod is not.
 */
class TusUploadsTest {

    private final long t0 = System.nanoTime();
    private final UploadStore shared = new UploadStore();
    private final AppServer old = new AppServer("D.1", 5000, shared);
    private final AppServer replacement = new AppServer("D.2", 5000, shared);

    @AfterEach
    void close() {
        old.close();
        replacement.close();
    }

    private HttpDriver driver(AppServer app) {
        return new HttpDriver(app.port(), () -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), 5000);
    }

    private static TusClient.Upload upload(long bytes, boolean shared) {
        return new TusClient.Upload("UP", bytes, 40_000, List.of(0L), shared, 100_000_000, 0);
    }

    /** 100 000 bytes in 40 000-byte chunks: POST 0+40 000 (201), PATCH 40 000+40 000 and 80 000+20 000 (204). */
    @Test
    void anUploadGoesAsACreationThenPatchesFromTheAcknowledgedOffset() throws Exception {
        List<TusClient.Attempt> a = new TusClient(driver(old)).send(upload(100_000, true));

        assertThat(a).extracting(TusClient.Attempt::method).containsExactly("POST", "PATCH", "PATCH");
        assertThat(a).extracting(TusClient.Attempt::offset).containsExactly(0L, 40_000L, 80_000L);
        assertThat(a).extracting(x -> x.outcome().status()).containsExactly(201, 204, 204);
        assertThat(a.get(2).outcome().uploadOffset()).isEqualTo(100_000);
    }

    @Test
    void aReplacementReadsAnUploadInSharedStorage() throws Exception {
        new TusClient(driver(old)).send(new TusClient.Upload("UP", 100_000, 40_000, List.of(), true, 100_000_000, 0));

        RealOutcome head = driver(replacement).send(head());

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.uploadOffset()).isEqualTo(100_000);
        assertThat(head.hops()).containsExactly("D.2");
    }

    /** Storage POD: the replacement answers HEAD and PATCH 404 at once, before reading the PATCH's body. */
    @Test
    void aReplacementDoesNotKnowAnUploadOnTheOldPod() throws Exception {
        new TusClient(driver(old)).send(upload(100_000, false));

        assertThat(driver(replacement).send(head()).status()).isEqualTo(404);
        RealOutcome patch = driver(replacement).send(new HttpDriver.Call("UP", "PATCH", 1_000_000, 1_000_000, 0, 0,
                -1, 0, null, "/files/UP.1", "Tus-Resumable: 1.0.0\r\nUpload-Offset: 40000\r\n"));
        assertThat(patch.status()).isEqualTo(404);
        assertThat(patch.end() - patch.start()).as("1 MB at 1 Mbit/s would take 8 s").isLessThan(1000);
    }

    private static HttpDriver.Call head() {
        return new HttpDriver.Call("UP", "HEAD", 0, 1_000_000, 0, 0, -1, 0, null, "/files/UP.1",
                "Tus-Resumable: 1.0.0\r\n");
    }
}
