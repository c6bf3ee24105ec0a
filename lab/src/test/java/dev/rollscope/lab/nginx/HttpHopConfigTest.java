package dev.rollscope.lab.nginx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpHopConfigTest {

    private static final Path PREFIX = Path.of("/tmp/lab/A.1");

    private static Hop nginxA() {
        return Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1);
    }

    private static Hop kong() {
        return Hop.of("C", "C", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_EXTERNAL_ALB, 1);
    }

    @Test
    void nginxDefaultsBecomeTheirDirectives() {
        String conf = HttpHopConfig.render(nginxA(), "A.1", 8080, Upstream.single("127.0.0.1:9000", 0), PREFIX);

        assertThat(conf).contains("listen 127.0.0.1:8080;", "client_max_body_size 1048576;",
                "client_body_timeout 60000ms;", "keepalive_timeout 75000ms;", "proxy_read_timeout 60000ms;",
                "proxy_connect_timeout 60000ms;", "proxy_request_buffering on;", "proxy_buffering on;",
                "proxy_next_upstream error timeout;", "proxy_next_upstream_tries 0;", "server 127.0.0.1:9000;",
                "add_header X-Hop A.1 always;", "pid /tmp/lab/A.1/nginx.pid;");
        assertThat(conf).doesNotContain("worker_shutdown_timeout", "keepalive 32", "proxy_http_version");
    }

    @Test
    void upstreamKeepaliveAndShutdownTimeoutAppearWhenSet() {
        Hop a = nginxA().with(ProxySettings.UPSTREAM_KEEPALIVE, 32)
                .with(ProxySettings.WORKER_SHUTDOWN_TIMEOUT, TimeSpan.ofSeconds(5))
                .with(ProxySettings.REQUEST_BUFFERING, false);

        String conf = HttpHopConfig.render(a, "A.1", 8080, Upstream.single("127.0.0.1:9000", 0), PREFIX);

        assertThat(conf).contains("keepalive 32;", "keepalive_timeout 60000ms;", "keepalive_time 3600000ms;",
                "proxy_http_version 1.1;", "proxy_set_header Connection \"\";", "worker_shutdown_timeout 5000ms;",
                "proxy_request_buffering off;");
    }

    @Test
    void kongRetriesFiveGiveSixAlternatingTriesOverItsTargets() {
        Upstream targets = new Upstream(List.of("127.0.0.1:1", "127.0.0.1:2"), 6, 6);

        String conf = HttpHopConfig.render(kong(), "C.1", 8080, targets, PREFIX);

        assertThat(conf).contains("client_max_body_size 0;", "proxy_next_upstream_tries 6;", "proxy_http_version 1.1;",
                "keepalive 512;");
        assertThat(conf.split("server 127.0.0.1:1 max_fails=0;", -1)).hasSize(7);
        assertThat(conf).contains("server 127.0.0.1:1 max_fails=0;\n        server 127.0.0.1:2 max_fails=0;\n"
                + "        server 127.0.0.1:1 max_fails=0;");
    }

    /** Kong's consistent hashing on a header (domain.md §12) as nginx's ketama: each target once, hashed by X-Client. */
    @Test
    void kongHashingOnAHeaderListsEachTargetOnceUnderAConsistentHash() {
        Upstream targets = new Upstream(List.of("127.0.0.1:1", "127.0.0.1:2"), 1, 6, "$http_x_client");

        String conf = HttpHopConfig.render(kong(), "C.1", 8080, targets, PREFIX);

        assertThat(conf).contains("hash $http_x_client consistent;", "proxy_next_upstream_tries 6;");
        assertThat(conf.split("server 127.0.0.1:1 max_fails=0;", -1)).hasSize(2);
    }

    @Test
    void kongWithNoTargetAnswers503() {
        String conf = HttpHopConfig.render(kong(), "C.1", 8080, new Upstream(List.of(), 6, 6), PREFIX);

        assertThat(conf).contains("return 503;").doesNotContain("upstream next", "proxy_pass");
    }

    @Test
    void streamHopHasItsIdleTimeoutAndTheStreamModule() {
        Hop b = Hop.of("B", "B", HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 1);

        String conf = StreamHopConfig.render(b, 8081, "127.0.0.1:9001", PREFIX);

        assertThat(conf).startsWith("load_module ").contains("stream {", "proxy_timeout 600000ms;",
                "proxy_next_upstream on;", "server 127.0.0.1:9001;", "listen 127.0.0.1:8081;");
    }

    @Test
    void gfeProxyListsItsBalancerOncePerTryAndStreams() {
        String conf = FrontProxyConfig.render(nginxA(), 8082, "127.0.0.1:9002", PREFIX);

        assertThat(conf.split("server 127.0.0.1:9002 max_fails=0;", -1)).hasSize(3);
        assertThat(conf).contains("proxy_next_upstream_tries 2;", "proxy_request_buffering off;",
                "proxy_buffering off;", "client_max_body_size 0;", "add_header X-Hop A/front always;");
    }
}
