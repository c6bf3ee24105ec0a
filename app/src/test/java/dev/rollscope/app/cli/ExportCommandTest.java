package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export commands on the second seed's example: what they print, where they write, and how
 * they refuse a scenario or request that does not exist. The diagrams' content is checked in the
 * model's tests; here only that the commands pass the options through.
 */
class ExportCommandTest extends CliTestBase {

    private static final String KONG = Path.of("..", "examples", "kong-service-pods.json").toString();
    private static final String SCENARIO = "GET during pod replacement";

    /** The POST is cut (502 from D.2): the diagram is printed, and the exit code says it fails, as simulate's. */
    @Test
    void mermaidOfAFailingRequestPrintsItsDiagramAndExitsOne() {
        assertThat(run("export", "mermaid", KONG, "--scenario", SCENARIO, "--request", "POST-in-flight"))
                .isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).startsWith("sequenceDiagram\n").contains("autonumber")
                .contains("FAILED 502 at D (D.2) · t=20.0s");
    }

    /** GET-after survives though its scenario has a failure: the exit code is the exported request's. */
    @Test
    void mermaidOptionsReachTheDiagramOfASurvivingRequestWhichExitsZero() {
        assertThat(run("export", "mermaid", KONG, "--scenario", SCENARIO, "--request", "GET-after", "--lang", "zh",
                "--show-lbs", "--no-autonumber", "--detail", "all")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).doesNotContain("autonumber").contains("participant lb_D as Service → D")
                .contains("成功 200").contains("front.backendTimeout 已启动");
    }

    @Test
    void mermaidWithoutRequestDrawsTheWholeScenario() {
        assertThat(run("export", "mermaid", KONG, "--scenario", SCENARIO)).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).contains("3 requests, 1 failed").contains("par rollout");
    }

    /** Every request of the zero-downtime example survives the roll of D: its exports exit 0. */
    @Test
    void aScenarioWhoseRequestsAllSurviveExportsWithExitZero(@TempDir Path dir) {
        String safe = Path.of("..", "examples", "abcd-zero-downtime.json").toString();

        assertThat(run("export", "mermaid", safe, "--scenario", "roll D")).isEqualTo(ExitCodes.OK);
        assertThat(run("export", "report", safe, "--scenario", "roll D", "-o", dir.resolve("r.md").toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("0 failed");
    }

    @Test
    void unknownScenarioIsRefusedWithTheValidNames() {
        assertThat(run("export", "mermaid", KONG, "--scenario", "roll Z")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no scenario \"roll Z\" in the file; it has: " + SCENARIO);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownRequestIsRefusedWithTheValidIds() {
        assertThat(run("export", "mermaid", KONG, "--scenario", SCENARIO, "--request", "PUT")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no request \"PUT\" in scenario \"" + SCENARIO
                + "\"; it has: GET-in-flight, POST-in-flight, GET-after");
    }

    @Test
    void missingScenarioIsAUsageError() {
        assertThat(run("export", "report", KONG)).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--scenario");
    }

    @Test
    void reportIsWrittenToTheOutputFile(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.md");

        assertThat(run("export", "report", KONG, "--scenario", SCENARIO, "--lang", "zh", "-o", report.toString()))
                .isEqualTo(ExitCodes.FAILURES);

        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("## 结论：3 个请求，1 个失败")
                .contains("```mermaid");
        assertThat(err.toString()).contains("已写入 " + report);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unwritableOutputIsReportedWithExitTwo(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-dir").resolve("out.mmd");

        assertThat(run("export", "mermaid", KONG, "--scenario", SCENARIO, "-o", missing.toString()))
                .isEqualTo(ExitCodes.INVALID);
        assertThat(err.toString()).contains(missing + ": cannot write");
    }

    @Test
    void dashMeansStandardOutput(@TempDir Path dir) {
        assertThat(run("export", "mermaid", KONG, "--scenario", SCENARIO, "-o", "-")).isEqualTo(ExitCodes.FAILURES);

        assertThat(out.toString()).startsWith("sequenceDiagram");
        assertThat(Path.of("-")).doesNotExist();
    }

    /** -o writes like the app's save: through a link to its target, keeping the file's mode. */
    @Test
    void theOutputIsWrittenAtomicallyThroughALinkKeepingItsMode(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(dir.resolve("real.mmd"), "old");
        Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("link.mmd"), real.getFileName());

        assertThat(run("export", "mermaid", KONG, "--scenario", SCENARIO, "-o", link.toString()))
                .isEqualTo(ExitCodes.FAILURES);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("sequenceDiagram");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
                .isEqualTo("rw-------");
    }
}
