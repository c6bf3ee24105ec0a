package dev.rollscope.lab.nginx;

import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.List;

/**
 * The L7 half of a GCP external Application Load Balancer in front of a hop (domain.md §1): an
 * nginx that streams the request and the response (no buffering, no body limit), retries only
 * what nginx deems idempotent with front.retries + 1 tries, and answers 502 when its backend
 * connection fails. Its backend is the lab's balancer, which does the drain and the whole-response
 * budget; it is listed retries + 1 times so that a retry goes through the balancer again.
 */
public final class FrontProxyConfig {

    private static final String LONG = "3600s";

    private FrontProxyConfig() {
    }

    public static String render(Hop hop, int port, String balancer, Path prefix) {
        int tries = 1 + hop.get(FrontSettings.RETRIES);
        Conf c = new Conf().main(prefix, TimeSpan.NONE, false);
        c.open("http").httpFiles(prefix);
        c.line("client_header_timeout " + LONG).line("client_body_timeout " + LONG).line("send_timeout " + LONG);
        c.line("client_max_body_size 0");
        c.open("upstream backend");
        new Upstream(List.of(balancer), tries, tries).render(c, " max_fails=0");
        c.close();
        c.open("server").line("listen 127.0.0.1:" + port);
        c.open("location /").line("add_header X-Hop " + hop.id() + "/front always");
        c.line("proxy_pass http://backend").line("proxy_http_version 1.1");
        c.line("proxy_request_buffering off").line("proxy_buffering off");
        c.line("proxy_read_timeout " + LONG).line("proxy_send_timeout " + LONG);
        c.line("proxy_next_upstream error timeout").line("proxy_next_upstream_tries " + tries);
        return c.close().close().close().toString();
    }
}
