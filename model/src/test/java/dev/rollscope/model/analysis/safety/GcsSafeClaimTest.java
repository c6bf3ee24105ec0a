package dev.rollscope.model.analysis.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.analysis.remedy.PinSessions;
import dev.rollscope.model.analysis.remedy.Remedies;
import dev.rollscope.model.analysis.remedy.RemedyAnswer;
import dev.rollscope.model.analysis.sweep.PauseAssumption;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.UploadSummary;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.KongHashOn;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A claim that a GCS resumable upload survives rests on the engine waiting each retry pause at its
 * longest (gax-go draws a random one up to it; ResumableUploads): the fix plan's "survives" and a
 * remedy's "survives" say so ({@link PauseAssumption}), a tus upload's and a plain POST's keep
 * their words. The GCS upload that retries is GcsRetryEventTextTest's: remedy-resumable-upload's
 * "roll D, resumable, shared storage" with D exiting at once (no preStop) and 4 MiB GCS chunks.
 */
class GcsSafeClaimTest {

    private static final TimeSpan STEP = SafetySearch.DEFAULT_STEP;
    private static final String SCENARIO = "roll D, resumable, shared storage";
    private static final String GCS_EN = " UPLOAD-50MB is a GCS upload: wherever a run retried a chunk, the retry was"
            + " simulated at the client's longest pause (100 ms × 2ⁿ, at most 30 s); the client draws a random pause up"
            + " to it, and shorter pauses were not searched.";
    private static final String GCS_ZH = "UPLOAD-50MB 是 GCS 上传：凡有运行重试分块之处，重试都按客户端最长的等待模拟"
            + "（100 ms × 2ⁿ，最多 30 s）；客户端在此以内随机等待，更短的等待没有被搜索。";

    /** remedy-resumable-upload with D exiting at once on SIGTERM; the shared-storage upload as GCS 4 MiB chunks or tus 5 MB. */
    private static Project cutAtOnce(Protocol protocol) throws Exception {
        return ProjectFile.parse(text(protocol), "cut.json");
    }

    private static String text(Protocol protocol) throws Exception {
        String text = Files.readString(Path.of("..", "examples", "remedy-resumable-upload.json"))
                .replace("\"preStopSleep\": \"10s\",", "")
                .replace("\"onStopSignal\": \"GRACEFUL\"", "\"onStopSignal\": \"IMMEDIATE\"");
        if (protocol == Protocol.GCS) {
            text = text.replace("\"protocol\": \"TUS\",\n            \"chunkSize\": \"5MB\",\n            \"storage\": \"SHARED\"",
                    "\"protocol\": \"GCS\",\n            \"chunkSize\": \"4MiB\",\n            \"storage\": \"SHARED\"");
        }
        return text;
    }

    private static RequestSafety search(Project p) {
        return SafetySearch.of(p.topology(), p.scenario(SCENARIO).orElseThrow(), "UPLOAD-50MB", STEP).orElseThrow();
    }

    /**
     * The sentence for a GCS upload only: a tus upload and a plain POST get none, EN and ZH (the
     * English one follows its claim after a space, the Chinese one after the claim's "。").
     */
    @Test
    void onlyAGcsUploadNeedsTheAssumption() {
        RequestSpec post = RequestSpec.post("UPLOAD-50MB", ByteSize.ofMegabytes(50), TimeSpan.ZERO);

        assertThat(PauseAssumption.of(post.withResumable(ResumableUpload.of(Protocol.GCS, Storage.SHARED)),
                Locale.ENGLISH)).contains(GCS_EN);
        assertThat(PauseAssumption.of(post.withResumable(ResumableUpload.of(Protocol.GCS, Storage.SHARED)),
                Locale.SIMPLIFIED_CHINESE)).contains(GCS_ZH);
        assertThat(PauseAssumption.of(post.withResumable(ResumableUpload.of(Protocol.TUS, Storage.SHARED)),
                Locale.ENGLISH)).isEmpty();
        assertThat(PauseAssumption.of(post, Locale.ENGLISH)).isEmpty();
    }

    /**
     * At the scenario's own start (45 s) chunk 2 (4-8 MiB) is sent at 45 000 + 3 556 = 48 556 and
     * cut when D.1 exits at 50 000; the client re-sends it at 50 100, 50 300, 50 700 and 51 500 (each
     * refused: Kong still lists D.1) and at 53 100 (D.2, Kong's since 53 s): 5 retries, and it
     * completes. The search finds it safe at every offset, so the plan is "nothing to change", with
     * the assumption its retries rest on.
     */
    @Test
    void aSafeGcsUploadThatRetriedSaysItsPlanRestsOnTheLongestPause() throws Exception {
        Project p = cutAtOnce(Protocol.GCS);
        SimulationResult own = Simulator.run(p.topology(), p.scenario(SCENARIO).orElseThrow());
        UploadSummary u = own.upload(0).orElseThrow();
        RequestSafety safety = search(p);

        assertThat(u.retries()).isEqualTo(5);
        assertThat(u.completed()).isTrue();
        assertThat(safety.safe()).isTrue();
        assertThat(safety.plan().lines(Locale.ENGLISH))
                .containsExactly("Survives at every start offset and routing choice: nothing to change." + GCS_EN);
        assertThat(safety.plan().lines(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("在每个起始偏移和每种路由选择下都能存活：无需修改。" + GCS_ZH);
    }

    /**
     * The same GCS upload with a 4 s retry deadline: chunk 2, first tried at 48 556, may be retried
     * until 52 556; its retries at 50 100, 50 300, 50 700 and 51 500 are refused and the next
     * (53 100) is past it: the upload fails. The plan's verified "survives" says the assumption.
     */
    @Test
    void aVerifiedPlanForAGcsUploadSaysTheAssumption() throws Exception {
        Project p = ProjectFile.parse(text(Protocol.GCS).replace("\"chunkSize\": \"4MiB\",",
                "\"chunkSize\": \"4MiB\",\n            \"retryDeadline\": \"4s\","), "short.json");
        SimulationResult own = Simulator.run(p.topology(), p.scenario(SCENARIO).orElseThrow());
        RequestSafety safety = search(p);
        List<String> en = safety.plan().lines(Locale.ENGLISH);

        assertThat(own.outcomes().get(0).ok()).isFalse();
        assertThat(own.upload(0).orElseThrow().retries()).isEqualTo(4);
        assertThat(safety.plan().verified()).isTrue();
        assertThat(en.get(en.size() - 1))
                .isEqualTo("Verified: with these changes it survives at every start offset and routing choice." + GCS_EN);
    }

    /** The same cut as tus (5 MB chunks, retried after 0 ms, then 1 s): safe, its plan's words unchanged. */
    @Test
    void aSafeTusUploadKeepsItsPlansWords() throws Exception {
        Project p = cutAtOnce(Protocol.TUS);
        SimulationResult own = Simulator.run(p.topology(), p.scenario(SCENARIO).orElseThrow());
        RequestSafety safety = search(p);

        assertThat(own.upload(0).orElseThrow().retries()).isPositive();
        assertThat(safety.safe()).isTrue();
        assertThat(safety.plan().lines(Locale.ENGLISH))
                .containsExactly("Survives at every start offset and routing choice: nothing to change.");
        assertThat(safety.plan().lines(Locale.SIMPLIFIED_CHINESE)).containsExactly("在每个起始偏移和每种路由选择下都能存活：无需修改。");
    }

    /** abcd-zero-downtime's POST across the roll of C: safe, the plain words. */
    @Test
    void aSafePlainPostKeepsItsPlansWords() throws Exception {
        Project p = ProjectFile.read(Path.of("..", "examples", "abcd-zero-downtime.json"));
        RequestSafety post = SafetySearch.of(p.topology(), p.scenario("roll C").orElseThrow(), "POST-50MB", STEP)
                .orElseThrow();

        assertThat(post.safe()).isTrue();
        assertThat(post.plan().lines(Locale.ENGLISH))
                .containsExactly("Survives at every start offset and routing choice: nothing to change.");
    }

    /**
     * RequestRemediesTest's pin on remedy-affinity (D: three pods, round robin, A rolled at 40 s), the
     * 10 MB upload on its pod as GCS in 4 MiB chunks (3 chunks): undisturbed its second chunk goes to
     * the next pod, 404, which GCS does not retry; pinned by Kong's cookie hash every chunk goes to
     * the first pod, and it survives. The remedy's "survives" says on what its retries would rest;
     * for tus (RequestRemediesTest) the words are as they were.
     */
    @Test
    void aRemedyThatSavesAGcsUploadSaysTheAssumption() throws Exception {
        Project p = ProjectFile.read(Path.of("..", "examples", "remedy-affinity.json"));
        Topology t = p.topology();
        int d = t.indexOf("D");
        Topology roundRobin = t.withHop(d, t.hops().get(d).with(FrontSettings.HASH_ON, KongHashOn.NONE));
        RequestSpec upload = new RequestSpec("UPLOAD", "POST", ByteSize.ofMegabytes(10), ByteSize.ZERO, null, null,
                TimeSpan.ofSeconds(45), TimeSpan.ofMillis(200), null, ClientBehaviour.NONE, null,
                new ResumableUpload(Protocol.GCS, ByteSize.ofBytes(4L << 20), null, null, Storage.POD));
        Scenario rollA = new Scenario("roll A", "", List.of(new RollOut("A", TimeSpan.ofSeconds(40))),
                List.of(upload), null, 1);
        TimeSpan second = TimeSpan.ofSeconds(1);
        RequestSafety safety = SafetySearch.of(roundRobin, rollA, "UPLOAD", second).orElseThrow();

        RemedyAnswer pin = Remedies.of(roundRobin, rollA, safety, second).stream()
                .filter(a -> a.remedy() instanceof PinSessions).findFirst().orElseThrow();

        assertThat(safety.found().sweep().undisturbed().failure().cause()).isEqualTo(Cause.UPLOAD_NOT_FOUND);
        assertThat(pin.after().safe()).isTrue();
        assertThat(pin.lines(Locale.ENGLISH)).containsExactly("Instead of D's front choosing anew for every"
                + " connection, session affinity at D's front (Kong hash_on cookie, front.hashOn COOKIE): searched, it"
                + " survives at every start offset and routing choice with nothing else changed."
                + GCS_EN.replace("UPLOAD-50MB", "UPLOAD"));
        assertThat(pin.lines(Locale.SIMPLIFIED_CHINESE)).singleElement().asString()
                .endsWith("不改其他任何设置，它在每个起始偏移和路由选择下都能存活。" + GCS_ZH.replace("UPLOAD-50MB", "UPLOAD"));
    }
}
