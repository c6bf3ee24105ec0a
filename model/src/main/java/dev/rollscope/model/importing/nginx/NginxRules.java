package dev.rollscope.model.importing.nginx;

import dev.rollscope.model.importing.ReportText;
import dev.rollscope.model.importing.Target;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Setting;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which nginx directive sets which hop setting, per context (domain.md §2, §4), and which
 * directives Rollscope understands but has no setting for.
 */
final class NginxRules {

    /** Where a directive is: the main context, http (http/server/location), an upstream block, or stream. */
    enum Context { MAIN, HTTP, UPSTREAM, STREAM }

    /** One directive that sets one setting, with how its first argument is read. */
    record Rule(Setting<?> setting, Function<String, Object> parse) {
        Target target() {
            return Target.of(setting);
        }
    }

    private static final Function<String, Object> TIME = NginxValues::time;
    private static final Function<String, Object> SIZE = NginxValues::size;
    private static final Function<String, Object> FLAG = NginxValues::flag;
    private static final Function<String, Object> COUNT = NginxValues::count;

    static final Map<String, Rule> MAIN = Map.of(
            "worker_shutdown_timeout", new Rule(ProxySettings.WORKER_SHUTDOWN_TIMEOUT, TIME));

    static final Map<String, Rule> HTTP = Map.ofEntries(
            Map.entry("client_header_timeout", new Rule(ProxySettings.CLIENT_HEADER_TIMEOUT, TIME)),
            Map.entry("client_body_timeout", new Rule(ProxySettings.CLIENT_BODY_TIMEOUT, TIME)),
            Map.entry("send_timeout", new Rule(ProxySettings.SEND_TIMEOUT, TIME)),
            Map.entry("keepalive_timeout", new Rule(ProxySettings.KEEPALIVE_TIMEOUT, TIME)),
            Map.entry("client_max_body_size", new Rule(ProxySettings.CLIENT_MAX_BODY_SIZE, SIZE)),
            Map.entry("proxy_request_buffering", new Rule(ProxySettings.REQUEST_BUFFERING, FLAG)),
            Map.entry("proxy_buffering", new Rule(ProxySettings.RESPONSE_BUFFERING, FLAG)),
            Map.entry("proxy_connect_timeout", new Rule(ProxySettings.CONNECT_TIMEOUT, TIME)),
            Map.entry("proxy_send_timeout", new Rule(ProxySettings.UPSTREAM_SEND_TIMEOUT, TIME)),
            Map.entry("proxy_read_timeout", new Rule(ProxySettings.UPSTREAM_READ_TIMEOUT, TIME)),
            Map.entry("proxy_next_upstream_tries", new Rule(ProxySettings.NEXT_UPSTREAM_TRIES, COUNT)));

    static final Map<String, Rule> UPSTREAM = Map.of(
            "keepalive", new Rule(ProxySettings.UPSTREAM_KEEPALIVE, COUNT),
            "keepalive_timeout", new Rule(ProxySettings.UPSTREAM_KEEPALIVE_TIMEOUT, TIME),
            "keepalive_time", new Rule(ProxySettings.UPSTREAM_KEEPALIVE_TIME, TIME));

    static final Map<String, Rule> STREAM = Map.of(
            "proxy_connect_timeout", new Rule(ProxySettings.CONNECT_TIMEOUT, TIME),
            "proxy_timeout", new Rule(ProxySettings.STREAM_IDLE_TIMEOUT, TIME),
            "proxy_next_upstream", new Rule(ProxySettings.NEXT_UPSTREAM, FLAG),
            "proxy_next_upstream_tries", new Rule(ProxySettings.NEXT_UPSTREAM_TRIES, COUNT));

    /** Timing and retry directives Rollscope knows and has no setting for, with why that is fine. */
    static final Map<String, ReportText> KNOWN_WITHOUT_SETTING = Map.ofEntries(
            known("keepalive_requests"), known("keepalive_time"),
            Map.entry("lingering_close", ReportText.of("nginx.known.lingering")),
            Map.entry("lingering_time", ReportText.of("nginx.known.lingering")),
            Map.entry("lingering_timeout", ReportText.of("nginx.known.lingering")),
            known("client_body_buffer_size"), known("proxy_http_version"), known("proxy_next_upstream_timeout"),
            known("reset_timedout_connection"), known("proxy_buffer_size"), known("proxy_buffers"),
            known("proxy_pass"), known("listen"), known("server_name"),
            Map.entry("hash", ReportText.of("nginx.known.hash")), Map.entry("ip_hash", ReportText.of("nginx.known.hash")));

    /** Directives that do not change whether a request survives a rollout. */
    private static final Set<String> IRRELEVANT = Set.of("user", "worker_processes", "pid", "error_log",
            "access_log", "log_format", "worker_connections", "multi_accept", "use", "sendfile", "tcp_nopush",
            "tcp_nodelay", "types_hash_max_size", "types_hash_bucket_size", "server_tokens",
            "server_names_hash_bucket_size", "server_names_hash_max_size", "server_name_in_redirect", "default_type",
            "root", "index", "try_files", "proxy_set_header", "proxy_redirect", "proxy_hide_header",
            "proxy_pass_header", "add_header", "return", "rewrite", "charset", "resolver", "resolver_timeout",
            "load_module", "worker_rlimit_nofile", "autoindex", "error_page", "allow", "deny", "expires",
            "real_ip_header", "set_real_ip_from", "include", "alias", "internal", "etag", "aio", "directio",
            "output_buffers", "postpone_output", "absolute_redirect", "port_in_redirect",
            "least_conn", "random", "zone", "health_check", "http2", "proxy_protocol", "proxy_bind",
            "proxy_ssl", "proxy_ssl_server_name", "proxy_ssl_verify", "proxy_intercept_errors", "sub_filter",
            "worker_cpu_affinity", "worker_priority", "daemon", "master_process", "env", "thread_pool",
            "preread_buffer_size", "preread_timeout", "proxy_download_rate", "proxy_upload_rate");

    private static final List<String> IRRELEVANT_PREFIXES = List.of("ssl_", "gzip", "fastcgi_", "uwsgi_", "scgi_",
            "grpc_", "open_file_cache", "proxy_cache", "proxy_temp", "proxy_max_temp", "limit_", "auth_", "map_hash",
            "variables_hash", "log_", "http2_", "quic_", "sub_filter", "proxy_cookie", "proxy_store");

    private NginxRules() {
    }

    private static Map.Entry<String, ReportText> known(String directive) {
        return Map.entry(directive, ReportText.of("nginx.known." + directive));
    }

    static Map<String, Rule> rules(Context context) {
        return switch (context) {
            case MAIN -> MAIN;
            case HTTP -> HTTP;
            case UPSTREAM -> UPSTREAM;
            case STREAM -> STREAM;
        };
    }

    static boolean irrelevant(String name) {
        return IRRELEVANT.contains(name) || IRRELEVANT_PREFIXES.stream().anyMatch(name::startsWith);
    }
}
