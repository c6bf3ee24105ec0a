package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.nginx;
import static dev.rollscope.model.sim.Fixtures.post;
import static dev.rollscope.model.sim.Fixtures.roll;
import static dev.rollscope.model.sim.Fixtures.runtime;
import static dev.rollscope.model.sim.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Resumable uploads across a roll of D (domain.md §13). Stations: 0 client, 1 GFE, 2 A (streams the
 * body: request buffering off, so D reads each chunk while the client sends it), 3 D (one pod
 * behind a Kubernetes Service, propagation 1 s; the app exits at once on SIGTERM). Client 10 Mbit/s
 * up: a 5 MB chunk takes 4 000 ms, D answers 100 ms after the last byte, so one chunk is 4 100 ms
 * and ten back to back 41 000 ms; one 50 MB POST 40 000 + 100 + 1 (its 1 kB answer) = 40 101 ms.
 *
 * <p>The roll of D at 10 000: D.2 is created, listens and is ready at 20 000 (10 s), so D.1 is
 * deleted then and exits at once (SIGTERM, no preStop). The Service still sends new connections
 * to D.1 until 21 000 and to D.2 from 21 000 (both view changes 1 s after 20 000).
 */
class ResumableUploadTest {

    private static final long MB50 = 50_000_000L;

    private static Topology chain(boolean preStop) {
        var d = runtime("D", FrontKind.K8S_SERVICE, 1);
        return Fixtures.chain(nginx("A", 1).with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                        .with(ProxySettings.REQUEST_BUFFERING, false)
                        .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300)),
                preStop ? d.with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(5)) : d);
    }

    private static RequestSpec upload(Protocol protocol, long chunk, Storage storage) {
        return post("UP", MB50, 0, 100).withResumable(new ResumableUpload(protocol, ByteSize.ofBytes(chunk), null,
                null, storage));
    }

    private static SimulationResult rollD(Topology t, RequestSpec r) {
        return Simulator.run(t, scenario(List.of(roll("D", 10_000)), r));
    }

    /** The 50 MB POST streams into D.1 from 0 to 40 000; D.1 exits at 20 000: A answers 502 then. */
    @Test
    void aSinglePostIsCutByTheRoll() {
        Outcome o = rollD(chain(false), post("UP", MB50, 0, 100)).outcomes().get(0);

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(20_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.STOPPED_AT_ONCE);
    }

    /**
     * tus, 5 MB chunks, shared storage. Chunks 0-3 are acknowledged at 4 100, 8 200, 12 300,
     * 16 400 (20 MB stored). Chunk 4 streams into D.1 from 16 400 and is cut at 20 000 (502).
     * tus-js-client retries after 0 ms: HEAD at 20 000 is routed to D.1 (gone: refused, 502);
     * no progress since, so the next delay is 1 s: HEAD at 21 000 reaches D.2, which reads the
     * shared storage: Upload-Offset 20 MB. Chunks 4-9 again: 21 000 + 6 × 4 100 = 45 600. Retried
     * twice; 11 chunks sent (chunk 4 twice). Total 45 600 against 41 000 undisturbed and 40 101 for
     * one POST, which the same roll cuts.
     */
    @Test
    void tusWithSharedStorageSurvivesTheRoll() {
        SimulationResult r = rollD(chain(false), upload(Protocol.TUS, 5_000_000, Storage.SHARED));
        Outcome o = r.outcomes().get(0);
        UploadSummary u = r.upload(0).orElseThrow();

        assertThat(o.ok()).isTrue();
        assertThat(o.end()).isEqualTo(45_600);
        assertThat(u.completed()).isTrue();
        assertThat(u.retries()).isEqualTo(2);
        assertThat(u.sent()).isEqualTo(11);
        assertThat(u.restarts()).isZero();
        assertThat(u.undisturbed()).isEqualTo(41_000);
        assertThat(u.singlePost()).isEqualTo(40_101);
    }

    /**
     * tus with the upload on D.1's own disk: as above until the HEAD at 21 000, which D.2 answers
     * 404; tus-js-client then starts a new upload from byte 0: 21 000 + 10 × 4 100 = 62 000. It
     * completes, every byte sent before the roll sent again (15 chunks in all).
     */
    @Test
    void tusWithPodStorageStartsAgainFromZero() {
        SimulationResult r = rollD(chain(false), upload(Protocol.TUS, 5_000_000, Storage.POD));
        UploadSummary u = r.upload(0).orElseThrow();

        assertThat(r.outcomes().get(0).ok()).isTrue();
        assertThat(r.outcomes().get(0).end()).isEqualTo(62_000);
        assertThat(u.restarts()).isEqualTo(1);
        assertThat(u.retries()).isEqualTo(2);
        assertThat(u.sent()).isEqualTo(15);
    }

    /**
     * D.1 sleeps 5 s in preStop, so nothing is cut: chunk 4 ends on D.1 at 20 500, chunk 5 still
     * goes to D.1 (in the Service until 21 000) and ends at 24 600. Chunk 6's PATCH then reaches D.2,
     * which does not know the upload: 404 at 24 600, and tus-js-client does not retry a 404 PATCH.
     */
    @Test
    void tusWithPodStorageFailsWhenTheNextChunkReachesTheNewPod() {
        SimulationResult r = rollD(chain(true), upload(Protocol.TUS, 5_000_000, Storage.POD));
        Outcome o = r.outcomes().get(0);

        assertThat(o.status()).isEqualTo(404);
        assertThat(o.end()).isEqualTo(24_600);
        assertThat(o.failure().cause()).isEqualTo(Cause.UPLOAD_NOT_FOUND);
        assertThat(o.failure().instance()).isEqualTo("D.2");
        assertThat(o.failure().args()).containsExactly("D", "D.2", "D.1", "@upload.replaced", "PATCH");
        assertThat(r.upload(0).orElseThrow().retries()).isZero();
    }

    /**
     * GCS-style, 4 MiB chunks (3 356 ms at 10 Mbit/s, rounded up; + 100 ms = 3 456 per chunk),
     * upload on D.1's disk. Chunk 5 streams into D.1 from 17 280 and is cut at 20 000. The client
     * re-sends it after 100, 200, 400 and 800 ms: at 20 100, 20 300 and 20 700 the Service still
     * picks D.1 (refused, 502); at 21 500 D.2 answers 404 and the upload fails there.
     */
    @Test
    void gcsWithPodStorageFailsWithNotFound() {
        SimulationResult r = rollD(chain(false), upload(Protocol.GCS, 4L << 20, Storage.POD));
        Outcome o = r.outcomes().get(0);

        assertThat(o.status()).isEqualTo(404);
        assertThat(o.end()).isEqualTo(21_500);
        assertThat(o.failure().cause()).isEqualTo(Cause.UPLOAD_NOT_FOUND);
        assertThat(r.upload(0).orElseThrow().retries()).isEqualTo(4);
        assertThat(r.upload(0).orElseThrow().lostOn()).isEqualTo("D.1");
    }

    /**
     * The same with shared storage: D.2 takes chunk 5 at 21 500; chunks 5-10 (full) take
     * 6 × 3 456 = 20 736, the last 3 862 656 bytes 3 091 + 100: 21 500 + 20 736 + 3 191 = 45 427.
     */
    @Test
    void gcsWithSharedStorageResumesAfterBackingOff() {
        SimulationResult r = rollD(chain(false), upload(Protocol.GCS, 4L << 20, Storage.SHARED));

        assertThat(r.outcomes().get(0).ok()).isTrue();
        assertThat(r.outcomes().get(0).end()).isEqualTo(45_427);
        assertThat(r.upload(0).orElseThrow().retries()).isEqualTo(4);
        assertThat(r.upload(0).orElseThrow().sent()).isEqualTo(16);
    }

    /**
     * A schedule of one retry after 0 s: the HEAD at 20 000 is refused by D.1 and nothing is left
     * to try: the upload fails there with the cut's own cause (the last attempt's: routed to D.1,
     * which had stopped).
     */
    @Test
    void tusGivesUpWhenItsDelaysAreUsedUp() {
        RequestSpec once = post("UP", MB50, 0, 100).withResumable(new ResumableUpload(Protocol.TUS,
                ByteSize.ofBytes(5_000_000), List.of(TimeSpan.ZERO), null, Storage.SHARED));
        SimulationResult r = rollD(chain(false), once);
        Outcome o = r.outcomes().get(0);

        assertThat(o.ok()).isFalse();
        assertThat(o.end()).isEqualTo(20_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.ROUTED_TO_STOPPED);
        assertThat(r.upload(0).orElseThrow().retries()).isEqualTo(1);
        assertThat(r.upload(0).orElseThrow().completed()).isFalse();
    }

    /**
     * A client that waits 60 s before its retry: chunk 4 is cut at 20 000 and the retry would come at
     * 80 000, after the 30 s horizon: the upload ends there, still waiting, with no answer.
     */
    @Test
    void anUploadWaitingToRetryAtTheHorizonEndsThere() {
        RequestSpec slow = post("UP", MB50, 0, 100).withResumable(new ResumableUpload(Protocol.TUS,
                ByteSize.ofBytes(5_000_000), List.of(TimeSpan.ofSeconds(60)), null, Storage.SHARED));
        SimulationResult r = Simulator.run(chain(false),
                scenario(List.of(roll("D", 10_000)), slow).withHorizon(TimeSpan.ofSeconds(30)));
        Outcome o = r.outcomes().get(0);

        assertThat(o.end()).isEqualTo(30_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.HORIZON_REACHED);
        assertThat(o.statusText()).isEqualTo("none");
        assertThat(r.upload(0).orElseThrow().retries()).isEqualTo(1);
    }

    /** Without a roll, ten 5 MB chunks take 41 000 ms, each retried never. */
    @Test
    void undisturbedUploadTakesItsChunksBackToBack() {
        SimulationResult r = Simulator.run(chain(false), scenario(List.of(), upload(Protocol.TUS, 5_000_000,
                Storage.POD)));

        assertThat(r.outcomes().get(0).end()).isEqualTo(41_000);
        assertThat(r.upload(0).orElseThrow().sent()).isEqualTo(10);
    }
}
