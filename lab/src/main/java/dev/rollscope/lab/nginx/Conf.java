package dev.rollscope.lab.nginx;

import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;

/**
 * A small writer of nginx configuration text: directives, nested blocks, and the shared main
 * context every lab nginx gets (one worker, files under its own prefix, no daemon).
 */
final class Conf {

    private final StringBuilder text = new StringBuilder();
    private int depth;

    Conf line(String directive) {
        text.append("    ".repeat(depth)).append(directive).append(";\n");
        return this;
    }

    Conf open(String block) {
        text.append("    ".repeat(depth)).append(block).append(" {\n");
        depth++;
        return this;
    }

    Conf close() {
        depth--;
        text.append("    ".repeat(depth)).append("}\n");
        return this;
    }

    /**
     * The main context: one worker process (so pools and timers are per instance), pid and logs
     * under the prefix, and worker_shutdown_timeout when the hop sets one.
     */
    Conf main(Path prefix, TimeSpan workerShutdownTimeout, boolean stream) {
        if (stream) {
            line("load_module " + NginxBinary.streamModule());
        }
        if ("root".equals(System.getProperty("user.name"))) {
            line("user root");
        }
        line("worker_processes 1");
        line("pid " + prefix.resolve("nginx.pid"));
        line("error_log " + prefix.resolve("error.log") + " info");
        if (!workerShutdownTimeout.isNone()) {
            line("worker_shutdown_timeout " + time(workerShutdownTimeout));
        }
        return open("events").line("worker_connections 1024").close();
    }

    /** The http context's file locations, all under the prefix. */
    Conf httpFiles(Path prefix) {
        line("log_format lab '$msec $request_method $status $request_time $upstream_addr $upstream_status "
                + "$upstream_response_time $request_length'");
        line("access_log " + prefix.resolve("access.log") + " lab");
        for (String temp : new String[] {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
            line(temp + "_temp_path " + prefix.resolve("tmp-" + temp));
        }
        return this;
    }

    static String time(TimeSpan t) {
        return t.millis() + "ms";
    }

    static String size(ByteSize s) {
        return Long.toString(s.bytes());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
