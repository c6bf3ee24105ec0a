package dev.rollscope.lab.nginx;

import static dev.rollscope.model.topology.ProxySettings.CONNECT_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.NEXT_UPSTREAM;
import static dev.rollscope.model.topology.ProxySettings.NEXT_UPSTREAM_TRIES;
import static dev.rollscope.model.topology.ProxySettings.STREAM_IDLE_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.WORKER_SHUTDOWN_TIMEOUT;

import dev.rollscope.model.topology.Hop;
import java.nio.file.Path;

/**
 * The nginx.conf of one instance of an L4 hop: nginx {@code stream} (domain.md §4) with its
 * connect timeout, proxy_timeout, next-upstream rule and worker_shutdown_timeout. It cannot add a
 * header: an L4 hop never answers HTTP.
 */
public final class StreamHopConfig {

    private StreamHopConfig() {
    }

    public static String render(Hop hop, int port, String upstream, Path prefix) {
        Conf c = new Conf().main(prefix, hop.get(WORKER_SHUTDOWN_TIMEOUT), true);
        c.open("stream");
        c.open("upstream next").line("server " + upstream).close();
        c.open("server").line("listen 127.0.0.1:" + port).line("proxy_pass next");
        c.line("proxy_connect_timeout " + Conf.time(hop.get(CONNECT_TIMEOUT)));
        c.line("proxy_timeout " + Conf.time(hop.get(STREAM_IDLE_TIMEOUT)));
        c.line("proxy_next_upstream " + HttpHopConfig.onOff(hop.get(NEXT_UPSTREAM)));
        c.line("proxy_next_upstream_tries " + hop.get(NEXT_UPSTREAM_TRIES));
        return c.close().close().toString();
    }
}
