package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollscopeCliTest extends CliTestBase {

    private static final String DEFAULTS = Path.of("..", "examples", "abcd-defaults.json").toString();
    private static final String ZERO_DOWNTIME = Path.of("..", "examples", "abcd-zero-downtime.json").toString();

    @TempDir
    Path dir;

    @Test
    void validateAcceptsAValidFile() {
        assertThat(run("validate", DEFAULTS)).isEqualTo(ExitCodes.OK);
        assertThat(out).hasToString(DEFAULTS + ": valid (4 hops, 4 scenarios)" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    /** A file whose one hop has 0 replicas: refused at line 6, column 42. */
    private Path zeroReplicas() throws IOException {
        return Files.writeString(dir.resolve("bad.json"), """
                {
                  "schemaVersion": 1,
                  "name": "t",
                  "hops": [
                    {"id": "D", "name": "d", "kind": "APP_RUNTIME", "platform": "GKE_DEPLOYMENT",
                     "front": "K8S_SERVICE", "replicas": 0}
                  ]
                }
                """);
    }

    @Test
    void validateRefusesAnInvalidFileWithOneLocatedLine() throws IOException {
        Path bad = zeroReplicas();

        assertThat(run("validate", bad.toString())).isEqualTo(ExitCodes.INVALID);
        assertThat(err).hasToString(bad + ":6:42: $.hops[0].replicas: hop D: replicas must be 1 to 1000, not 0"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    /** With --lang zh the same refusal is read in Chinese: the place as it is, the model's reason in Chinese. */
    @Test
    void checkInChineseSaysWhyTheFileCannotBeOpenedInChinese() throws IOException {
        Path bad = zeroReplicas();

        assertThat(run("check", bad.toString(), "--lang", "zh")).isEqualTo(ExitCodes.INVALID);
        assertThat(err).hasToString(bad + ":6:42: $.hops[0].replicas：跳点 D：副本数（replicas）必须是 1 到 1000，而不是 0"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void validateRefusesAMissingFile() {
        Path missing = dir.resolve("missing.json");

        assertThat(run("validate", missing.toString())).isEqualTo(ExitCodes.INVALID);
        assertThat(err).hasToString(missing + ": no such file" + System.lineSeparator());
    }

    @Test
    void describePrintsTheChainAndEachHopsProfile() {
        assertThat(run("describe", DEFAULTS)).isEqualTo(ExitCodes.OK);

        assertThat(out.toString())
                .contains("Topology: A-B-C-D chain at defaults")
                .contains("Client: upload 10Mbit/s, download 50Mbit/s. Internal network: 1Gbit/s.")
                .contains("Chain: client → A → B → C → D")
                .contains("A \"A nginx L7\": NGINX_L7 on GCE_MIG, 3 replicas, behind GCP_EXTERNAL_ALB")
                .contains("D \"D runtime\": APP_RUNTIME on GKE_DEPLOYMENT, 3 replicas, behind KONG_UPSTREAM")
                .contains("Scenarios: roll A (horizon 86400s), roll B (horizon 86400s), roll C (horizon 86400s), roll D (horizon 86400s)");
    }

    /**
     * Issue 20: the horizon is visible, not only settable: each scenario's own (in the canonical form
     * the file is written in), the default where it has none.
     */
    @Test
    void describeGivesEachScenarioItsHorizon() throws IOException {
        Path file = dir.resolve("horizon.json");
        Files.writeString(file, Files.readString(Path.of(DEFAULTS))
                .replaceFirst("\"name\": \"roll A\",", "\"name\": \"roll A\", \"horizon\": \"2h\","));

        assertThat(run("describe", file.toString())).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("Scenarios: roll A (horizon 7200s), roll B (horizon 86400s),");
    }

    @Test
    void describeGivesEverySettingItsValueTypeDefaultAndSource() {
        run("describe", DEFAULTS);

        assertThat(out.toString()).containsPattern(
                "\n  proxy\\.clientMaxBodySize +1MiB +size +yes +§2 client_max_body_size 1m\n");
        assertThat(out.toString()).containsPattern(
                "\n  SETTING +VALUE +TYPE +DEFAULT\\? +SOURCE OF THE DEFAULT \\(domain\\.md\\)\n");
    }

    @Test
    void describeShowsTheDefaultOfAChangedSetting() {
        run("describe", ZERO_DOWNTIME);

        assertThat(out.toString()).containsPattern(
                "\n  proxy\\.clientMaxBodySize +100MB +size +no, default 1MiB +§2 client_max_body_size 1m\n");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).startsWith("Usage: rollscope").contains("validate").contains("describe");
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("validate", "--help")).isZero();
        assertThat(run("describe", "--help")).isZero();

        assertThat(out.toString()).contains("Usage: rollscope validate [-hV] FILE")
                .contains("Usage: rollscope describe [-hV] FILE")
                .contains("A Rollscope file (JSON, schemaVersion 1).");
    }

    @Test
    void versionNamesTheBuild() {
        assertThat(run("--version")).isZero();

        assertThat(out.toString()).matches("Rollscope \\d+\\.\\d+\\.\\d+.*\\R");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run()).isEqualTo(ExitCodes.USAGE);

        assertThat(err.toString()).startsWith("Usage: rollscope");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("simulate-everything")).isEqualTo(ExitCodes.USAGE);

        assertThat(err.toString()).contains("simulate-everything");
    }
}
