package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rollscope fixes}: each fix as configuration, a diff of the imported file once there is one. */
class FixesCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RollscopeCli.run(new PrintWriter(out), new PrintWriter(err), args);
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

        assertThat(out.toString()).contains("Fix A.proxy.clientMaxBodySize → 50MB (for body-limit): nginx, a.conf:6\n"
                + "--- a/a.conf\n+++ b/a.conf\n")
                .contains("-      client_max_body_size 10m;\n+      client_max_body_size 48m;\n")
                .contains("gcloud compute backend-services update BACKEND_SERVICE --global --connection-draining-timeout=");
    }

    @Test
    void aChainWithNothingToFixExitsZero() {
        String file = Path.of("..", "examples", "abcd-zero-downtime.json").toString();

        assertThat(run("fixes", file)).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo(file + ": nothing to fix\n");
    }
}
