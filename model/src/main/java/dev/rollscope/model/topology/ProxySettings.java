package dev.rollscope.model.topology;

import static dev.rollscope.model.topology.SettingGroup.PROXY;

import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/** Settings of a hop's own proxy or server (domain.md §2, §4, §5, §6). */
public final class ProxySettings {

    /** {@code client_header_timeout}: the whole request header must arrive within it (§2). */
    public static final Setting<TimeSpan> CLIENT_HEADER_TIMEOUT = Setting.time(PROXY, "clientHeaderTimeout");
    /** {@code client_body_timeout}: between two successive reads of the body (§2). */
    public static final Setting<TimeSpan> CLIENT_BODY_TIMEOUT = Setting.time(PROXY, "clientBodyTimeout");
    /** {@code send_timeout}: between two successive writes to the client (§2). */
    public static final Setting<TimeSpan> SEND_TIMEOUT = Setting.time(PROXY, "sendTimeout");
    /** {@code keepalive_timeout}, or the server's idle keepalive timeout (§2, §6). */
    public static final Setting<TimeSpan> KEEPALIVE_TIMEOUT = Setting.time(PROXY, "keepaliveTimeout");
    /** {@code client_max_body_size}; 0 disables the check (§2, §5). */
    public static final Setting<ByteSize> CLIENT_MAX_BODY_SIZE = Setting.of(PROXY, "clientMaxBodySize", ValueType.SIZE);
    /** {@code proxy_request_buffering} / Kong route {@code request_buffering} (§2, §5). */
    public static final Setting<Boolean> REQUEST_BUFFERING = Setting.flag(PROXY, "requestBuffering");
    /** {@code proxy_buffering} / Kong route {@code response_buffering} (§2, §5). */
    public static final Setting<Boolean> RESPONSE_BUFFERING = Setting.flag(PROXY, "responseBuffering");
    /** {@code proxy_connect_timeout} / Kong {@code connect_timeout} (§2, §4, §5). */
    public static final Setting<TimeSpan> CONNECT_TIMEOUT =
            Setting.time(PROXY, "connectTimeout", TimeSpan.ofMillis(1), TimeSpan.ofMillis(2_147_483_646L));
    /** {@code proxy_send_timeout} / Kong {@code write_timeout}: between two writes upstream (§2, §5). */
    public static final Setting<TimeSpan> UPSTREAM_SEND_TIMEOUT = Setting.time(PROXY, "upstreamSendTimeout");
    /** {@code proxy_read_timeout} / Kong {@code read_timeout}: between two reads from upstream (§2, §5). */
    public static final Setting<TimeSpan> UPSTREAM_READ_TIMEOUT = Setting.time(PROXY, "upstreamReadTimeout");
    /** nginx stream {@code proxy_timeout}: no data either way for this long closes the session (§4). */
    public static final Setting<TimeSpan> STREAM_IDLE_TIMEOUT = Setting.time(PROXY, "streamIdleTimeout");
    /** {@code proxy_next_upstream error timeout} (L7) or {@code on} (stream): try the next server (§2, §4). */
    public static final Setting<Boolean> NEXT_UPSTREAM = Setting.flag(PROXY, "nextUpstream");
    /** {@code proxy_next_upstream non_idempotent}: also retry POST, LOCK, PATCH once sent (§2). */
    public static final Setting<Boolean> NEXT_UPSTREAM_NON_IDEMPOTENT = Setting.flag(PROXY, "nextUpstreamNonIdempotent");
    /** {@code proxy_next_upstream_tries}; 0 = as many as the upstream group has servers (§2, §4). */
    public static final Setting<Integer> NEXT_UPSTREAM_TRIES = Setting.count(PROXY, "nextUpstreamTries", 0);
    /** Kong service {@code retries} (§5), 0 to 32,767 as Kong's services schema allows (Kong/kong {@code services.lua}). */
    public static final Setting<Integer> RETRIES = Setting.count(PROXY, "retries", 0, 32_767);
    /** Idle connections kept per worker to the upstream; 0 = none (§2 upstream {@code keepalive}, §5 pool). */
    public static final Setting<Integer> UPSTREAM_KEEPALIVE = Setting.count(PROXY, "upstreamKeepalive", 0);
    /** Idle timeout of pooled upstream connections (§2 upstream {@code keepalive_timeout}, §5). */
    public static final Setting<TimeSpan> UPSTREAM_KEEPALIVE_TIMEOUT = Setting.time(PROXY, "upstreamKeepaliveTimeout");
    /** Lifetime cap of a pooled upstream connection (§2 upstream {@code keepalive_time}). */
    public static final Setting<TimeSpan> UPSTREAM_KEEPALIVE_TIME = Setting.time(PROXY, "upstreamKeepaliveTime");
    /** {@code worker_shutdown_timeout}; none = a graceful stop waits for every request (§2). */
    public static final Setting<TimeSpan> WORKER_SHUTDOWN_TIMEOUT = Setting.timeOrNone(PROXY, "workerShutdownTimeout");

    static final List<Setting<?>> ALL = List.of(CLIENT_HEADER_TIMEOUT, CLIENT_BODY_TIMEOUT, SEND_TIMEOUT,
            KEEPALIVE_TIMEOUT, CLIENT_MAX_BODY_SIZE, REQUEST_BUFFERING, RESPONSE_BUFFERING, CONNECT_TIMEOUT,
            UPSTREAM_SEND_TIMEOUT, UPSTREAM_READ_TIMEOUT, STREAM_IDLE_TIMEOUT, NEXT_UPSTREAM,
            NEXT_UPSTREAM_NON_IDEMPOTENT, NEXT_UPSTREAM_TRIES, RETRIES, UPSTREAM_KEEPALIVE,
            UPSTREAM_KEEPALIVE_TIMEOUT, UPSTREAM_KEEPALIVE_TIME, WORKER_SHUTDOWN_TIMEOUT);

    private ProxySettings() {
    }
}
