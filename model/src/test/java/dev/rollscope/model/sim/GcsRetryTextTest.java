package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.nginx;
import static dev.rollscope.model.sim.Fixtures.post;
import static dev.rollscope.model.sim.Fixtures.roll;
import static dev.rollscope.model.sim.Fixtures.runtime;
import static dev.rollscope.model.sim.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.UploadText;
import dev.rollscope.model.export.facade.Exports;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A GCS client pauses at random up to 100 ms × 2ⁿ (gax-go full jitter, domain.md §13) and the
 * engine waits the whole of it, which is not the worst case (ResumableUploads' class comment): so
 * every text that tells a GCS retry says the time is an upper bound and simulated at its longest;
 * tus's fixed delays keep their exact words. The chain and times are ResumableUploadTest's: 50 MB
 * at 10 Mbit/s through A (streaming) into one D pod, D rolled at 10 000, D.1 exits at 20 000, the
 * Service picks D.2 from 21 000.
 */
class GcsRetryTextTest {

    private static final long MB50 = 50_000_000L;

    private static Topology chain() {
        return Fixtures.chain(nginx("A", 1).with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                        .with(ProxySettings.REQUEST_BUFFERING, false)
                        .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300)),
                runtime("D", FrontKind.K8S_SERVICE, 1));
    }

    private static SimulationResult rollD(Protocol protocol, long chunk) {
        return Simulator.run(chain(), scenario(List.of(roll("D", 10_000)), post("UP", MB50, 0, 100)
                .withResumable(new ResumableUpload(protocol, ByteSize.ofBytes(chunk), null, null, Storage.SHARED))));
    }

    private static String diagram(SimulationResult r, Locale locale) {
        return Exports.mermaid(r, "UP", new ExportOptions(false, true, locale, ExportOptions.Detail.ALL));
    }

    /**
     * GCS, 4 MiB chunks (3 456 ms each): chunk 6 (from 5 × 4 MiB = 20 MiB) is cut at 20 000. The
     * client re-sends it after at most 100 ms (at 20 100, refused by D.1), 200 ms (20 300, refused),
     * 400 ms (20 700, refused) and 800 ms (21 500, D.2 takes it): four notes, each saying "within"
     * and the longest pause, at 20.0, 20.1, 20.3 and 20.7 s; never "retries in".
     */
    @Test
    void aGcsRetryIsToldAsAPauseUpToItsLongest() {
        SimulationResult r = rollD(Protocol.GCS, 4L << 20);
        String en = diagram(r, Locale.ENGLISH);
        String zh = diagram(r, Locale.SIMPLIFIED_CHINESE);

        String tail = " (a random pause up to it, simulated at its longest) from 20MiB (";
        assertThat(en).contains("the client retries within 100ms" + tail, "the client retries within 200ms" + tail,
                "the client retries within 400ms" + tail, "the client retries within 800ms" + tail)
                .doesNotContain("retries in ");
        assertThat(en.lines().filter(l -> l.contains("the client retries within")).map(l -> l.replaceAll(".*· ", "")))
                .containsExactly("t=20.0s", "t=20.1s", "t=20.3s", "t=20.7s");
        assertThat(zh).contains("客户端在 800ms 以内从 20MiB 重试（").contains("；随机等待，最长 800ms，模拟按最长计）");
    }

    /**
     * The upload's paragraph: 12 chunks (50 MB / 4 MiB = 11.9), 16 requests (4 retries), ended at
     * 45 427 ms (ResumableUploadTest), and the sentence on the longest pause, EN and ZH.
     */
    @Test
    void theGcsUploadParagraphSaysItsRetriesAreAtTheLongestPause() {
        SimulationResult r = rollD(Protocol.GCS, 4L << 20);
        UploadSummary u = r.upload(0).orElseThrow();
        String en = UploadText.of(new ExportTexts(Locale.ENGLISH), u, r.outcomes().get(0));
        String zh = UploadText.of(new ExportTexts(Locale.SIMPLIFIED_CHINESE), u, r.outcomes().get(0));

        assertThat(en).startsWith("UP is a resumable upload (GCS, storage SHARED): 16 chunk requests for 12 chunks,"
                + " 4 retried after the client's pause, 0 started again from byte 0; 45.427s from start to end")
                .endsWith(" Its retries are simulated at the GCS client's longest pause (100 ms × 2ⁿ, at most 30 s);"
                        + " the client draws a random pause up to it, which was not searched: a shorter one can fail"
                        + " where this completes (a retry that lands while the failure lasts, then a pause past the"
                        + " chunk's retry deadline) or complete where this fails.");
        assertThat(zh).contains("它的重试按 GCS 客户端最长的等待模拟");
    }

    /** Without a retry a GCS upload's times are exact: no sentence on the pause. */
    @Test
    void aGcsUploadThatNeverRetriedHasNoAssumption() {
        SimulationResult r = Simulator.run(chain(), scenario(List.of(), post("UP", MB50, 0, 100)
                .withResumable(new ResumableUpload(Protocol.GCS, ByteSize.ofBytes(4L << 20), null, null,
                        Storage.SHARED))));
        UploadSummary u = r.upload(0).orElseThrow();

        assertThat(u.retries()).isZero();
        assertThat(UploadText.of(new ExportTexts(Locale.ENGLISH), u, r.outcomes().get(0)))
                .endsWith("one POST of the same body 40.101s).");
    }

    /**
     * Nothing disrupted, the upload on its pod's own storage (one D pod): the report searches its one
     * route and finds no danger. For GCS it says on what its retries would rest; for tus not.
     */
    @Test
    void theReportsNoDangerSaysTheAssumptionForGcsOnly() {
        String gcs = calmReport(Protocol.GCS, 4L << 20, Locale.ENGLISH);
        String tus = calmReport(Protocol.TUS, 5_000_000, Locale.ENGLISH);

        assertThat(gcs).contains("No danger window: UP survives at every start offset and routing choice. UP is a GCS"
                + " upload: wherever a run retried a chunk, the retry was simulated at the client's longest pause");
        assertThat(calmReport(Protocol.GCS, 4L << 20, Locale.SIMPLIFIED_CHINESE))
                .contains("没有危险窗口：UP 在每个起始偏移和每种路由选择下都成功。UP 是 GCS 上传：");
        assertThat(tus).contains("No danger window: UP survives at every start offset and routing choice.")
                .doesNotContain("longest pause");
    }

    private static String calmReport(Protocol protocol, long chunk, Locale locale) {
        SimulationResult r = Simulator.run(chain(), scenario(List.of(), post("UP", MB50, 0, 100)
                .withResumable(new ResumableUpload(protocol, ByteSize.ofBytes(chunk), null, null, Storage.POD))));
        return Exports.report(r, new ExportOptions(false, true, locale, ExportOptions.Detail.ALL));
    }

    /**
     * tus, 5 MB chunks: chunk 5 (from 20 MB) is cut at 20 000; tus-js-client waits 0 ms (HEAD at
     * 20 000, refused) and then 1 s (HEAD at 21 000): its exact words, no "within", no assumption.
     */
    @Test
    void tusRetriesKeepTheirExactWords() {
        SimulationResult r = rollD(Protocol.TUS, 5_000_000);
        String en = diagram(r, Locale.ENGLISH);

        assertThat(en).contains("the client retries in 0ms from 20MB (", "the client retries in 1s from 20MB (")
                .doesNotContain("within", "simulated at its longest");
        assertThat(diagram(r, Locale.SIMPLIFIED_CHINESE)).contains("客户端在 0ms 后从 20MB 重试（",
                "客户端在 1s 后从 20MB 重试（").doesNotContain("模拟按最长计");
        assertThat(UploadText.of(new ExportTexts(Locale.ENGLISH), r.upload(0).orElseThrow(), r.outcomes().get(0)))
                .endsWith("one POST of the same body 40.101s).");
    }
}
