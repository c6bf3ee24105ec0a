package dev.rollscope.model.importing.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code nginx -t} on a configuration; skips the test, saying why, where nginx is not installed. */
final class NginxCheck {

    private NginxCheck() {
    }

    /** Where Debian's nginx keeps its dynamic stream module (package libnginx-mod-stream). */
    private static final Path STREAM_MODULE = Path.of("/usr/lib/nginx/modules/ngx_stream_module.so");

    static void assertAccepted(Path scratch, String config) throws Exception {
        assumeTrue(installed(), "nginx is not installed (apt-get install nginx-light): nginx -t skipped");
        if (config.contains("stream {") && Files.exists(STREAM_MODULE)) {
            config = "load_module " + STREAM_MODULE + ";\n" + config;
        } else if (config.contains("stream {")) {
            assumeTrue(!nginxV().contains("--with-stream=dynamic"),
                    "nginx's stream module is dynamic and not installed (apt-get install libnginx-mod-stream): skipped");
        }
        Path conf = Files.createTempDirectory(scratch, "nginx").resolve("nginx.conf");
        Files.writeString(conf, config);
        Process p = new ProcessBuilder("nginx", "-t", "-p", conf.getParent().toString(), "-c", conf.toString(),
                "-g", "pid " + conf.getParent().resolve("nginx.pid") + "; error_log stderr;")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as(config).contains("test is successful");
        assertThat(p.exitValue()).isZero();
    }

    private static String nginxV() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("nginx", "-V").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static boolean installed() {
        try {
            return new ProcessBuilder("nginx", "-v").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
