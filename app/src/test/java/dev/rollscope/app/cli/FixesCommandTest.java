package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rollscope fixes}: each fix as configuration, a diff of the imported file once there is one. */
class FixesCommandTest extends CliTestBase {

    @TempDir
    Path dir;

    /** What {@code fixes} prints for an example that needs fixing (it exits 1). */
    private String failingFixes(String example, String... options) {
        List<String> args = new ArrayList<>(List.of("fixes", Path.of("..", "examples", example).toString()));
        args.addAll(List.of(options));
        assertThat(run(args.toArray(String[]::new))).isEqualTo(ExitCodes.FAILURES);
        return out.toString();
    }

    @Test
    void aFixOnAnImportedHopIsADiffOfItsFileAndExitsOne() throws Exception {
        Path project = dir.resolve("chain.json");
        Files.copy(Path.of("..", "examples", "abcd-defaults.json"), project);
        Files.writeString(dir.resolve("a.conf"), "events {}\nhttp {\n  server {\n    listen 80 default_server;\n"
                + "    location / {\n      client_max_body_size 10m;\n      proxy_pass http://b;\n    }\n  }\n}\n");
        assertThat(run("import", "nginx", dir.resolve("a.conf").toString(), "--into", project.toString(), "--hop", "A"))
                .isEqualTo(ExitCodes.OK);
        out.getBuffer().setLength(0);

        assertThat(run("fixes", project.toString(), "--scenario", "roll A")).isEqualTo(ExitCodes.FAILURES);

        assertThat(out.toString()).contains("Fix A.proxy.clientMaxBodySize → 50MB (for roll A / POST-50MB): nginx, a.conf:6\n"
                + "--- a/a.conf\n+++ b/a.conf\n")
                .contains("-      client_max_body_size 10m;\n+      client_max_body_size 48m;\n")
                .contains("gcloud compute backend-services update BACKEND_SERVICE --global --connection-draining-timeout=");
    }

    /** An imports file beside the project that is not one: fixes says so in the language asked for. */
    @Test
    void aBadImportsFileIsRefusedInEnglishAndInChinese() throws Exception {
        Path project = dir.resolve("chain.json");
        Files.copy(Path.of("..", "examples", "abcd-defaults.json"), project);
        Files.writeString(dir.resolve("chain.json.imports"), "{");
        String imports = dir.resolve("chain.json.imports").toString();

        assertThat(run("fixes", project.toString())).isEqualTo(ExitCodes.INVALID);
        assertThat(run("fixes", project.toString(), "--lang", "zh")).isEqualTo(ExitCodes.INVALID);

        assertThat(err.toString().lines().filter(l -> l.startsWith(imports)).toList()).hasSize(2).satisfies(l -> {
            assertThat(l.get(0)).startsWith(imports + ":0: not a Rollscope imports file: Unexpected end-of-input");
            assertThat(l.get(1)).startsWith(imports + ":0：不是 Rollscope 的导入来源文件：Unexpected end-of-input");
        });
    }

    @Test
    void aChainWithNothingToFixExitsZero() {
        String file = Path.of("..", "examples", "abcd-zero-downtime.json").toString();

        assertThat(run("fixes", file)).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo(file + ": nothing to fix\n");
    }

    /**
     * The POST of failure-kong-quit is cut by kong quit's 10 s timeout. The failure's own fix asks
     * for 25 s, which the danger search disproves; fixes prints the plan check verified instead
     * (kongQuitTimeout 27 s with a grace period of 47 s), each change as the Helm values' patch.
     */
    @Test
    void theChangesPrintedAreThoseOfThePlanCheckVerified() {
        String file = Path.of("..", "examples", "failure-kong-quit.json").toString();
        assertThat(run("check", file)).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).contains("(C.lifecycle.kongQuitTimeout → 27s, C.lifecycle.terminationGracePeriod → 47s)")
                .contains("Verified: with these changes it survives");
        out.getBuffer().setLength(0);

        assertThat(run("fixes", file)).isEqualTo(ExitCodes.FAILURES);

        assertThat(out.toString()).contains("Fix C.lifecycle.kongQuitTimeout → 27s (for roll C / POST-50MB): yaml")
                .contains("Fix C.lifecycle.terminationGracePeriod → 47s (for roll C / POST-50MB): yaml")
                .contains("terminationGracePeriodSeconds: 47\n")
                .doesNotContain("kongQuitTimeout → 25s")
                .endsWith(file + ": 5 fixes; 0 without a verified fix\n");
    }

    /**
     * abcd-defaults' POST during the roll of A: check finds that the blue/green switch of A (URL map
     * weights) saves it with a plan that also waits 46 s before detaching the old backend service
     * (from the POST's 45.001 s at A, as the report says). fixes prints that plan's changes too, named
     * with the switch they need; the wait is no file's setting.
     */
    @Test
    void theChangesOfARemedysPlanAreNamedWithTheRemedy() {
        assertThat(failingFixes("abcd-defaults.json", "--scenario", "roll A")).contains(
                "Fix A.rollout.detachDelay → 46s (for roll A / POST-50MB, with the blue/green switch of A (URL map "
                        + "weights) instead of the roll of A): none, A.rollout.detachDelay\n"
                        + "no configuration file holds A.rollout.detachDelay");
    }

    /**
     * A GET that takes 30 s at D, in a scenario of 20 s: still running at the horizon, which no
     * setting changes. fixes names it with no change, and exits 1.
     */
    @Test
    void aDangerWithNoVerifiedPlanIsNamedWithNoChange() throws Exception {
        Path project = dir.resolve("slow.json");
        String json = Files.readString(Path.of("..", "examples", "abcd-zero-downtime.json"));
        int scenarios = json.indexOf("\"scenarios\"");
        Files.writeString(project, json.substring(0, scenarios) + "\"scenarios\": [{\"name\": \"slow\", \"seed\": 1, "
                + "\"horizon\": \"20s\", \"requests\": [{\"id\": \"GET\", \"method\": \"GET\", \"start\": \"1s\", "
                + "\"body\": \"0B\", \"response\": \"1kB\", \"processing\": \"30s\"}]}]}\n");

        assertThat(run("fixes", project.toString())).isEqualTo(ExitCodes.FAILURES);

        assertThat(out.toString()).contains("No verified fix for GET in \"slow\"")
                .doesNotContain("(for slow / GET)")
                .endsWith(": 4 fixes; 1 without a verified fix\n");
    }

    /** In Chinese, the lines and where each change goes are Chinese; the commands stay as gcloud spells them. */
    @Test
    void inChineseWhereEachChangeGoesIsSaidInChinese() {
        assertThat(failingFixes("failure-kong-quit.json", "--lang", "zh")).contains(
                "修复 B.front.drainTimeout → 41s（针对 drain）：gcloud，跳点 B 前面的后端服务；"
                        + "项目不知道，请填写：BACKEND_SERVICE, REGION\n"
                        + "gcloud compute backend-services update BACKEND_SERVICE --region=REGION "
                        + "--connection-draining-timeout=41\n");
    }
}
