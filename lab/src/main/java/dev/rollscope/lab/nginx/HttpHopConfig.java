package dev.rollscope.lab.nginx;

import static dev.rollscope.model.topology.ProxySettings.CLIENT_BODY_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.CLIENT_HEADER_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.CLIENT_MAX_BODY_SIZE;
import static dev.rollscope.model.topology.ProxySettings.CONNECT_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.KEEPALIVE_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.NEXT_UPSTREAM;
import static dev.rollscope.model.topology.ProxySettings.NEXT_UPSTREAM_NON_IDEMPOTENT;
import static dev.rollscope.model.topology.ProxySettings.REQUEST_BUFFERING;
import static dev.rollscope.model.topology.ProxySettings.RESPONSE_BUFFERING;
import static dev.rollscope.model.topology.ProxySettings.SEND_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_KEEPALIVE;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_KEEPALIVE_TIME;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_KEEPALIVE_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_READ_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.UPSTREAM_SEND_TIMEOUT;
import static dev.rollscope.model.topology.ProxySettings.WORKER_SHUTDOWN_TIMEOUT;

import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import java.nio.file.Path;

/**
 * The nginx.conf of one instance of an L7 hop (domain.md §2), or of a Kong hop as the nginx its
 * data plane is (§5): Kong's connect/write/read timeouts are proxy_connect/send/read_timeout, its
 * retries give retries + 1 tries, request_buffering is proxy_request_buffering, its body limit is
 * client_max_body_size (0 by default) and it always speaks HTTP/1.1 upstream. Every response gets
 * an {@code X-Hop} header naming the instance, so the client sees which hop answered.
 */
public final class HttpHopConfig {

    private HttpHopConfig() {
    }

    /**
     * @param upstream what the hop proxies to; with no address the hop answers 503, as Kong does
     *                 when its balancer has no target
     */
    public static String render(Hop hop, String instanceId, int port, Upstream upstream, Path prefix) {
        Conf c = new Conf().main(prefix, hop.get(WORKER_SHUTDOWN_TIMEOUT), false);
        c.open("http").httpFiles(prefix);
        client(c, hop);
        boolean pooled = hop.get(UPSTREAM_KEEPALIVE) > 0;
        if (!upstream.addresses().isEmpty()) {
            c.open("upstream next");
            upstream.render(c, hop.kind() == HopKind.KONG ? " max_fails=0" : "");
            if (pooled) {
                c.line("keepalive " + hop.get(UPSTREAM_KEEPALIVE));
                c.line("keepalive_timeout " + Conf.time(hop.get(UPSTREAM_KEEPALIVE_TIMEOUT)));
                if (hop.settings().has(UPSTREAM_KEEPALIVE_TIME)) {
                    c.line("keepalive_time " + Conf.time(hop.get(UPSTREAM_KEEPALIVE_TIME)));
                }
            }
            c.close();
        }
        c.open("server").line("listen 127.0.0.1:" + port);
        c.open("location /").line("add_header X-Hop " + instanceId + " always");
        if (upstream.addresses().isEmpty()) {
            c.line("return 503");
        } else {
            proxy(c, hop, upstream, pooled || hop.kind() == HopKind.KONG);
        }
        return c.close().close().close().toString();
    }

    private static void client(Conf c, Hop hop) {
        c.line("client_header_timeout " + Conf.time(hop.get(CLIENT_HEADER_TIMEOUT)));
        c.line("client_body_timeout " + Conf.time(hop.get(CLIENT_BODY_TIMEOUT)));
        c.line("send_timeout " + Conf.time(hop.get(SEND_TIMEOUT)));
        c.line("keepalive_timeout " + Conf.time(hop.get(KEEPALIVE_TIMEOUT)));
        c.line("client_max_body_size " + Conf.size(hop.get(CLIENT_MAX_BODY_SIZE)));
    }

    private static void proxy(Conf c, Hop hop, Upstream upstream, boolean http11) {
        c.line("proxy_pass http://next");
        if (http11) {
            c.line("proxy_http_version 1.1").line("proxy_set_header Connection \"\"");
        }
        c.line("proxy_request_buffering " + onOff(hop.get(REQUEST_BUFFERING)));
        c.line("proxy_buffering " + onOff(hop.get(RESPONSE_BUFFERING)));
        c.line("proxy_connect_timeout " + Conf.time(hop.get(CONNECT_TIMEOUT)));
        c.line("proxy_send_timeout " + Conf.time(hop.get(UPSTREAM_SEND_TIMEOUT)));
        c.line("proxy_read_timeout " + Conf.time(hop.get(UPSTREAM_READ_TIMEOUT)));
        String next = !hop.get(NEXT_UPSTREAM) ? "off"
                : hop.get(NEXT_UPSTREAM_NON_IDEMPOTENT) ? "error timeout non_idempotent" : "error timeout";
        c.line("proxy_next_upstream " + next);
        c.line("proxy_next_upstream_tries " + upstream.tries());
    }

    static String onOff(boolean b) {
        return b ? "on" : "off";
    }
}
