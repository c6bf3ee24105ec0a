package dev.rollscope.lab.nginx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the nginx binary and its dynamic stream module are: Debian 12's paths unless the system
 * properties {@code lab.nginx} and {@code lab.nginx.streamModule} say otherwise.
 */
public final class NginxBinary {

    private NginxBinary() {
    }

    public static String path() {
        return System.getProperty("lab.nginx", "/usr/sbin/nginx");
    }

    static String streamModule() {
        return System.getProperty("lab.nginx.streamModule", "/usr/lib/nginx/modules/ngx_stream_module.so");
    }

    /** What {@code nginx -v} prints, e.g. {@code nginx/1.22.1}. */
    public static String version() {
        try {
            Process p = new ProcessBuilder(path(), "-v").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return out.replace("nginx version: ", "");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** Why the lab cannot run here, or null when nginx and its stream module are installed. */
    public static String missing() {
        if (!Files.isExecutable(Path.of(path()))) {
            return "no nginx at " + path() + " (apt-get install -y nginx libnginx-mod-stream, or set -Dlab.nginx)";
        }
        if (!Files.isReadable(Path.of(streamModule()))) {
            return "no nginx stream module at " + streamModule() + " (apt-get install -y libnginx-mod-stream)";
        }
        return null;
    }
}
