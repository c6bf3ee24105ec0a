package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code simulate}, as text and as JSON, tells how a resumable upload went as a whole (domain.md
 * §13) and what became of a failed request's database transaction (§16), as the report does.
 */
class SimulateRemedyOutputTest {

    private static final String UPLOADS = Path.of("..", "examples", "remedy-resumable-upload.json").toString();
    private static final String DATABASE = Path.of("..", "examples", "remedy-db-graceful.json").toString();

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        return RollscopeCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    }

    private JsonNode json(String file, String scenario) throws Exception {
        run("simulate", file, "--scenario", scenario, "--json");
        return new ObjectMapper().readTree(out.toString()).at("/scenarios/0/outcomes/0");
    }

    /**
     * 50 MB in 5 MB chunks at the client's 10 Mbit/s: 4 s of body and 200 ms of processing a chunk,
     * 10 × 4.2 = 42 s undisturbed; one POST takes 40 s + 200 ms. With shared storage nothing fails:
     * 10 chunk requests, from 45 s to 87 s.
     */
    @Test
    void theTextTellsAnUploadAsAWhole() {
        assertThat(run("simulate", UPLOADS, "--scenario", "roll D, resumable, shared storage"))
                .isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("  UPLOAD-50MB is a resumable upload (TUS, storage SHARED): 10 chunk "
                + "requests for 10 chunks, 0 retried after the client's pause, 0 started again from byte 0; 42s from "
                + "start to end (undisturbed 42s; one POST of the same body 40.2s).");
    }

    @Test
    void inChineseWithTheReportsWords() {
        run("simulate", UPLOADS, "--scenario", "roll D, resumable, storage on the pod", "--lang", "zh");

        assertThat(out.toString()).contains("  UPLOAD-50MB 是可续传上传（TUS，存储 POD）：10 个分块共发出 3 个分块请求");
    }

    /**
     * With the upload on D.1's disk, the third chunk (sent at 45 + 2 × 4.2 = 53.4 s) reaches D.2,
     * which answers 404 at once: 3 chunk requests, not completed, lost on D.1.
     */
    @Test
    void theJsonHasTheUploadsSummary() throws Exception {
        JsonNode upload = json(UPLOADS, "roll D, resumable, storage on the pod");

        assertThat(upload.at("/end").asLong()).isEqualTo(53_400);
        JsonNode u = upload.get("upload");
        assertThat(u.get("protocol").asText()).isEqualTo("TUS");
        assertThat(u.get("storage").asText()).isEqualTo("POD");
        assertThat(u.get("completed").asBoolean()).isFalse();
        assertThat(u.get("chunks").asLong()).isEqualTo(10);
        assertThat(u.get("sent").asInt()).isEqualTo(3);
        assertThat(u.get("retries").asInt()).isZero();
        assertThat(u.get("restarts").asInt()).isZero();
        assertThat(u.get("undisturbed").asLong()).isEqualTo(42_000);
        assertThat(u.get("singlePost").asLong()).isEqualTo(40_200);
        assertThat(u.get("lostOn").asText()).isEqualTo("D.1");
        assertThat(u.get("answeredBy").asText()).isEqualTo("D.2");
        assertThat(upload.at("/failure/data").isNull()).as("no transaction").isTrue();
    }

    @Test
    void aRequestThatIsNoUploadHasNone() throws Exception {
        JsonNode post = json(UPLOADS, "roll D, one POST");

        assertThat(post.get("upload").isNull()).isTrue();
        assertThat(post.has("plan")).isTrue();
    }

    /**
     * The order reaches D at 15.003 s; its transaction runs from +5 s to +15 s: 20.003 s to
     * 30.003 s. The crash at 25 s falls inside it: rolled back, nothing written.
     */
    @Test
    void theJsonSaysATransactionWasRolledBack() throws Exception {
        JsonNode data = json(DATABASE, "process dies mid-transaction").at("/failure/data");

        assertThat(data.get("kind").asText()).isEqualTo("ROLLED_BACK");
        assertThat(data.get("mayBeWritten").asBoolean()).isFalse();
        assertThat(data.get("instance").asText()).isEqualTo("D.1");
        assertThat(data.get("begin").asLong()).isEqualTo(20_003);
        assertThat(data.get("commit").asLong()).isEqualTo(30_003);
        assertThat(data.get("idempotent").asBoolean()).isFalse();
    }

    /** The slow order commits at 30.003 s and is killed at 50 s, before its answer: cut after commit. */
    @Test
    void theJsonAndTheTextSayCutAfterCommit() throws Exception {
        JsonNode data = json(DATABASE, "slow order cut after commit").at("/failure/data");
        assertThat(data.get("kind").asText()).isEqualTo("COMMITTED");
        assertThat(data.get("mayBeWritten").asBoolean()).isTrue();
        assertThat(data.get("commit").asLong()).isEqualTo(30_003);

        out.getBuffer().setLength(0);
        run("simulate", DATABASE, "--scenario", "slow order cut after commit");
        assertThat(out.toString()).contains("; cut after commit: the data is written\n")
                .contains("a retry would write the same data twice");
    }
}
