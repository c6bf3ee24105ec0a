package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rollscope.app.UploadCutAtOnce;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rollscope sweep} and {@code check} on UploadCutAtOnce's upload, safe at every start offset
 * across the roll of D: as GCS its chunk cut at 50 s at its own start is retried five times
 * (GcsSafeClaimTest), each retry simulated at the client's longest pause, so the "survives" lines
 * say so (EN/ZH); as tus, or as abcd-zero-downtime's plain POST, they read as before.
 */
class GcsUploadSafeLinesTest extends CliTestBase {

    private static final String ZERO_DOWNTIME = Path.of("..", "examples", "abcd-zero-downtime.json").toString();
    private static final String GCS_EN = "UPLOAD-50MB is a GCS upload: wherever a run retried a chunk, the retry was"
            + " simulated at the client's longest pause (100 ms × 2ⁿ, at most 30 s); the client draws a random pause up"
            + " to it, and shorter pauses were not searched.";
    private static final String GCS_ZH = "UPLOAD-50MB 是 GCS 上传：凡有运行重试分块之处，重试都按客户端最长的等待模拟"
            + "（100 ms × 2ⁿ，最多 30 s）；客户端在此以内随机等待，更短的等待没有被搜索。";

    @TempDir
    Path dir;

    private String file(boolean gcs) throws Exception {
        Path file = dir.resolve(gcs ? "gcs.json" : "tus.json");
        Files.writeString(file, UploadCutAtOnce.json(gcs));
        return file.toString();
    }

    @Test
    void sweepSaysTheAssumptionUnderAGcsUploadsNoDangerLine() throws Exception {
        String gcs = file(true);

        assertThat(run("sweep", gcs, "--scenario", UploadCutAtOnce.SCENARIO, "--request", "UPLOAD-50MB"))
                .isEqualTo(ExitCodes.OK);
        assertThat(run("sweep", gcs, "--scenario", UploadCutAtOnce.SCENARIO, "--request", "UPLOAD-50MB", "--lang", "zh"))
                .isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("\nNo danger window: UPLOAD-50MB survives at every start offset and routing"
                + " choice. " + GCS_EN + "\n").contains("\n没有危险窗口：UPLOAD-50MB 在每个起始偏移和每种路由选择下都成功。"
                + GCS_ZH + "\n");
    }

    /** sweep --json: {@code "safe": true} comes with the sentence it rests on for GCS, null for tus. */
    @Test
    void sweepJsonGivesTheAssumptionBesideSafe() throws Exception {
        run("sweep", file(true), "--scenario", UploadCutAtOnce.SCENARIO, "--request", "UPLOAD-50MB", "--json");
        JsonNode gcs = new ObjectMapper().readTree(out.toString());
        out.getBuffer().setLength(0);
        run("sweep", file(false), "--scenario", UploadCutAtOnce.SCENARIO, "--request", "UPLOAD-50MB", "--json");
        JsonNode tus = new ObjectMapper().readTree(out.toString());

        assertThat(gcs.get("safe").asBoolean()).isTrue();
        assertThat(gcs.get("assumption").asText()).isEqualTo(GCS_EN);
        assertThat(tus.get("safe").asBoolean()).isTrue();
        assertThat(tus.get("assumption").isNull()).isTrue();
    }

    @Test
    void sweepKeepsTheNoDangerLineOfATusUploadAndAPlainPost() throws Exception {
        assertThat(run("sweep", file(false), "--scenario", UploadCutAtOnce.SCENARIO, "--request", "UPLOAD-50MB"))
                .isEqualTo(ExitCodes.OK);
        assertThat(run("sweep", ZERO_DOWNTIME, "--scenario", "roll C", "--request", "POST-50MB"))
                .isEqualTo(ExitCodes.OK);

        assertThat(out.toString())
                .contains("\nNo danger window: UPLOAD-50MB survives at every start offset and routing choice.\n")
                .contains("\nNo danger window: POST-50MB survives at every start offset and routing choice.\n")
                .doesNotContain("GCS");
    }

    /**
     * check's summary says "safe" (or, --fast, "every request survives"), then the assumption for the
     * GCS upload, indented, EN and ZH; for tus nothing follows. (It exits 1 all the same: D exiting at once is two static errors,
     * stop-at-once and prestop-propagation, though the search finds the upload's retries save it.)
     */
    @Test
    void checkSaysTheAssumptionUnderItsSafeSummaryForAGcsUploadOnly() throws Exception {
        String gcs = file(true);

        assertThat(run("check", gcs, "--scenario", UploadCutAtOnce.SCENARIO)).isEqualTo(ExitCodes.FAILURES);
        String en = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("check", gcs, "--scenario", UploadCutAtOnce.SCENARIO, "--lang", "zh")).isEqualTo(ExitCodes.FAILURES);
        String zh = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("check", file(false), "--scenario", UploadCutAtOnce.SCENARIO)).isEqualTo(ExitCodes.FAILURES);
        String tus = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("check", gcs, "--scenario", UploadCutAtOnce.SCENARIO, "--fast")).isEqualTo(ExitCodes.FAILURES);
        String fast = out.toString();

        assertThat(en).contains(": safe: 1 request in 1 scenario survives, and 1 request type survives at every start"
                + " offset (100 ms apart) and every routing choice\n  " + GCS_EN + "\n");
        assertThat(zh).contains("：安全：1 个场景中的 1 个请求都成功，1 类请求在每个起始偏移（间隔 100 ms）和每种路由选择下都能存活\n  "
                + GCS_ZH + "\n");
        assertThat(en).contains("[stop-at-once]", ": 2 error-level findings");
        assertThat(fast).contains(": every request survives (1 request in 1 scenario)\n  " + GCS_EN + "\n");
        assertThat(tus).contains(": safe: 1 request in 1 scenario survives, and 1 request type survives at every start"
                + " offset (100 ms apart) and every routing choice\n").contains("[stop-at-once]").doesNotContain("GCS");
    }
}
