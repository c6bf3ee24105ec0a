package dev.rollscope.model.topology;

import static dev.rollscope.model.topology.FrontKind.GCP_EXTERNAL_ALB;
import static dev.rollscope.model.topology.FrontKind.GCP_INTERNAL_TCP_LB;
import static dev.rollscope.model.topology.FrontKind.K8S_SERVICE;
import static dev.rollscope.model.topology.FrontKind.KONG_UPSTREAM;
import static dev.rollscope.model.topology.HopKind.APP_RUNTIME;
import static dev.rollscope.model.topology.HopKind.GENERIC_L4;
import static dev.rollscope.model.topology.HopKind.GENERIC_L7;
import static dev.rollscope.model.topology.HopKind.KONG;
import static dev.rollscope.model.topology.HopKind.NGINX_L4;
import static dev.rollscope.model.topology.HopKind.NGINX_L7;
import static dev.rollscope.model.topology.Platform.GCE_MIG;
import static dev.rollscope.model.topology.Platform.GKE_DEPLOYMENT;

import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one table of defaults: for each setting, which hops have it and its real default there,
 * with the section of {@code domain.md} the value comes from. The first row that applies to a
 * hop wins. Values marked "assumption" are Rollscope's own where domain.md gives none.
 */
public final class DefaultsTable {

    /** One default: a setting, the hops it applies to, its value, and where the value comes from. */
    public record Row(Setting<?> setting, Predicate<HopProfile> appliesTo,
                      Function<Map<Setting<?>, Object>, Object> value, String source) {
    }

    private static final TimeSpan S60 = TimeSpan.ofSeconds(60);
    private static final Set<HopKind> NGINX_LIKE = EnumSet.of(NGINX_L7, KONG, GENERIC_L7);
    private static final List<Row> ROWS = new ArrayList<>();
    /** The internal passthrough NLB that a GKE LoadBalancer Service puts in front of pods (§10). */
    private static final Predicate<HopProfile> GKE_NLB = p -> p.front() == GCP_INTERNAL_TCP_LB
            && p.platform() == GKE_DEPLOYMENT;

    static {
        // ---- front: GCP load balancers (§1, §3) ----
        row(FrontSettings.BACKEND_TIMEOUT, fronts(GCP_EXTERNAL_ALB), TimeSpan.ofSeconds(30),
                "§1 backend service timeoutSec = 30 s, a whole-response budget");
        // ---- front: the passthrough NLB of a GKE LoadBalancer Service, in front of Kong (§10) ----
        row(FrontSettings.EXTERNAL_TRAFFIC_POLICY, GKE_NLB, TrafficPolicy.CLUSTER,
                "§10.1 externalTrafficPolicy defaults to Cluster; the Kong chart sets none");
        row(FrontSettings.GKE_SUBSETTING, GKE_NLB, false,
                "§10.1 GKE subsetting is off by default (on by default from GKE 1.36)");
        rowDerived(FrontSettings.DRAIN_TIMEOUT, GKE_NLB, s -> subsetting(s) ? TimeSpan.ofSeconds(30) : TimeSpan.ZERO,
                "§10.1 the L4 controller (subsetting) sets drainingTimeoutSec 30 on TCP; the legacy instance-group "
                        + "NLB sets none: API default 0 (unconfirmed)");
        rowDerived(FrontSettings.HEALTH_CHECK_INTERVAL, GKE_NLB,
                s -> TimeSpan.ofSeconds(localSubsetting(s) ? 3 : 8),
                "§10.1 node health check: 3 s with externalTrafficPolicy Local under the L4 controller, else 8 s");
        row(FrontSettings.HEALTH_CHECK_TIMEOUT, GKE_NLB, TimeSpan.ofSeconds(1), "§10.1 node health check timeout 1 s");
        row(FrontSettings.HEALTHY_THRESHOLD, GKE_NLB, 1, "§10.1 node health check healthy threshold 1");
        rowDerived(FrontSettings.UNHEALTHY_THRESHOLD, GKE_NLB, s -> localSubsetting(s) ? 2 : 3,
                "§10.1 node health check: 2 failures with externalTrafficPolicy Local under the L4 controller, else 3");
        rowDerived(FrontSettings.PROPAGATION_DELAY, GKE_NLB,
                s -> TimeSpan.ofSeconds(localSubsetting(s) ? 10 : 1),
                "§10.2 Cluster: kube-proxy stops choosing a terminating pod once it sees the EndpointSlice change "
                        + "(assumption: 1 s, as §6); Local with subsetting: the node leaves its NEG at the next NEG "
                        + "sync (assumption: 10 s, as a NEG detach in §6)");

        row(FrontSettings.DRAIN_TIMEOUT, fronts(GCP_EXTERNAL_ALB, GCP_INTERNAL_TCP_LB), TimeSpan.ZERO,
                "§1 connectionDraining.drainingTimeoutSec: API default 0 = draining off (unconfirmed; Terraform 300)");
        row(FrontSettings.HEALTH_CHECK_INTERVAL, fronts(GCP_EXTERNAL_ALB, GCP_INTERNAL_TCP_LB), TimeSpan.ofSeconds(5),
                "§1 health check checkIntervalSec = 5");
        row(FrontSettings.HEALTH_CHECK_TIMEOUT, fronts(GCP_EXTERNAL_ALB, GCP_INTERNAL_TCP_LB), TimeSpan.ofSeconds(5),
                "§1 health check timeoutSec = 5");
        row(FrontSettings.HEALTHY_THRESHOLD, fronts(GCP_EXTERNAL_ALB, GCP_INTERNAL_TCP_LB), 2,
                "§1 health check healthyThreshold = 2");
        row(FrontSettings.UNHEALTHY_THRESHOLD, fronts(GCP_EXTERNAL_ALB, GCP_INTERNAL_TCP_LB), 2,
                "§1 health check unhealthyThreshold = 2");
        row(FrontSettings.PROPAGATION_DELAY, fronts(GCP_EXTERNAL_ALB).and(on(GKE_DEPLOYMENT)),
                TimeSpan.ofSeconds(10),
                "§6 NEG endpoint detach is asynchronous; GCP KB 000006416: the default health check (5 s × 2) "
                        + "leaves room for 10 s of 5XXs (derived)");
        row(FrontSettings.PROPAGATION_DELAY, fronts(K8S_SERVICE), TimeSpan.ofSeconds(1),
                "§6 endpoints reach kube-proxy only after it observes the change (assumption: 1 s)");
        row(FrontSettings.PROPAGATION_DELAY, fronts(KONG_UPSTREAM), TimeSpan.ofSeconds(3),
                "§5 KIC --proxy-sync-seconds = 3: targets reach Kong up to 3 s after the endpoint change");
        row(FrontSettings.RETRIES, fronts(GCP_EXTERNAL_ALB), 1,
                "§1 GFE retries GET, not POST, at most 2 attempts (unconfirmed)");
        row(FrontSettings.CONNTRACK_IDLE_TIMEOUT, fronts(GCP_INTERNAL_TCP_LB), TimeSpan.ofSeconds(600),
                "§3 connectionTrackingPolicy.idleTimeoutSec = 600");
        // ---- front: session affinity (§12) ----
        row(FrontSettings.SESSION_AFFINITY, fronts(GCP_EXTERNAL_ALB, GCP_INTERNAL_TCP_LB), SessionAffinity.NONE,
                "§12 backend service sessionAffinity NONE (a GKE Service's ClientIP becomes CLIENT_IP, §10.1)");
        row(FrontSettings.SESSION_AFFINITY, fronts(K8S_SERVICE), SessionAffinity.NONE,
                "§12 Kubernetes Service sessionAffinity None");
        row(FrontSettings.AFFINITY_COOKIE_TTL, fronts(GCP_EXTERNAL_ALB), TimeSpan.ZERO,
                "§12 affinityCookieTtlSec 0: a browser-session cookie");
        row(FrontSettings.AFFINITY_TIMEOUT, fronts(K8S_SERVICE), TimeSpan.ofSeconds(10_800),
                "§12 sessionAffinityConfig.clientIP.timeoutSeconds 10800 (3 h)");
        row(FrontSettings.HASH_ON, fronts(KONG_UPSTREAM), KongHashOn.NONE,
                "§12 Kong upstream algorithm round-robin, hash_on none");

        // ---- proxy: nginx http (§2), Kong (§5), generic L7 (assumption) ----
        row(ProxySettings.CLIENT_HEADER_TIMEOUT, kinds(NGINX_LIKE), S60, "§2 client_header_timeout 60s; §5 Kong keeps it");
        row(ProxySettings.CLIENT_BODY_TIMEOUT, kinds(NGINX_LIKE), S60, "§2 client_body_timeout 60s; §5 Kong keeps it");
        row(ProxySettings.SEND_TIMEOUT, kinds(NGINX_LIKE), S60, "§2 send_timeout 60s; §5 Kong keeps it");
        row(ProxySettings.KEEPALIVE_TIMEOUT, kinds(NGINX_LIKE), TimeSpan.ofSeconds(75),
                "§2 keepalive_timeout 75s; §5 Kong keeps it");
        row(ProxySettings.KEEPALIVE_TIMEOUT, kinds(APP_RUNTIME), TimeSpan.ofSeconds(5),
                "§6 app server idle keepalive, e.g. Node.js server.keepAliveTimeout 5000 ms");
        row(ProxySettings.CLIENT_MAX_BODY_SIZE, kinds(NGINX_L7), ByteSize.ofBytes(1L << 20),
                "§2 client_max_body_size 1m");
        row(ProxySettings.CLIENT_MAX_BODY_SIZE, kinds(KONG), ByteSize.ZERO,
                "§5 nginx_http_client_max_body_size 0 (unlimited)");
        row(ProxySettings.CLIENT_MAX_BODY_SIZE, kinds(GENERIC_L7), ByteSize.ZERO, "assumption: no body limit");
        row(ProxySettings.REQUEST_BUFFERING, kinds(NGINX_L7, KONG), true,
                "§2 proxy_request_buffering on; §5 route request_buffering true");
        row(ProxySettings.REQUEST_BUFFERING, kinds(GENERIC_L7), false, "assumption: a generic proxy streams");
        row(ProxySettings.RESPONSE_BUFFERING, kinds(NGINX_L7, KONG), true,
                "§2 proxy_buffering on; §5 route response_buffering true");
        row(ProxySettings.RESPONSE_BUFFERING, kinds(GENERIC_L7), false, "assumption: a generic proxy streams");
        row(ProxySettings.CONNECT_TIMEOUT, kinds(NGINX_L7, NGINX_L4, KONG, GENERIC_L7, GENERIC_L4), S60,
                "§2, §4 proxy_connect_timeout 60s; §5 connect_timeout 60000 ms");
        row(ProxySettings.UPSTREAM_SEND_TIMEOUT, kinds(NGINX_LIKE), S60,
                "§2 proxy_send_timeout 60s; §5 write_timeout 60000 ms");
        row(ProxySettings.UPSTREAM_READ_TIMEOUT, kinds(NGINX_LIKE), S60,
                "§2 proxy_read_timeout 60s; §5 read_timeout 60000 ms");
        row(ProxySettings.STREAM_IDLE_TIMEOUT, kinds(NGINX_L4, GENERIC_L4), TimeSpan.ofSeconds(600),
                "§4 stream proxy_timeout 10m");
        row(ProxySettings.NEXT_UPSTREAM, kinds(NGINX_L7, NGINX_L4, KONG, GENERIC_L7, GENERIC_L4), true,
                "§2 proxy_next_upstream error timeout; §4 stream proxy_next_upstream on; §5 Kong keeps nginx's");
        row(ProxySettings.NEXT_UPSTREAM_NON_IDEMPOTENT, kinds(NGINX_LIKE), false,
                "§2 non_idempotent not set: POST, LOCK, PATCH are not retried once sent");
        row(ProxySettings.NEXT_UPSTREAM_TRIES, kinds(NGINX_L7, NGINX_L4, GENERIC_L7, GENERIC_L4), 0,
                "§2, §4 proxy_next_upstream_tries 0 (unlimited)");
        row(ProxySettings.RETRIES, kinds(KONG), 5, "§5 service retries = 5");
        row(ProxySettings.UPSTREAM_KEEPALIVE, kinds(NGINX_L7, GENERIC_L7), 0,
                "§2 upstream keepalive off before nginx 1.29.7 (Debian 12 ships 1.22)");
        row(ProxySettings.UPSTREAM_KEEPALIVE, kinds(KONG), 512, "§5 upstream_keepalive_pool_size 512");
        row(ProxySettings.UPSTREAM_KEEPALIVE_TIMEOUT, kinds(NGINX_LIKE), S60,
                "§2 upstream keepalive_timeout 60s; §5 upstream_keepalive_idle_timeout 60");
        row(ProxySettings.UPSTREAM_KEEPALIVE_TIME, kinds(NGINX_L7, GENERIC_L7), TimeSpan.ofSeconds(3600),
                "§2 upstream keepalive_time 1h");
        row(ProxySettings.WORKER_SHUTDOWN_TIMEOUT, kinds(NGINX_L7, NGINX_L4, KONG), TimeSpan.NONE,
                "§2, §4 worker_shutdown_timeout: none; §5 KONG_NGINX_MAIN_WORKER_SHUTDOWN_TIMEOUT unset");

        // ---- lifecycle (§2, §5, §6, §7) ----
        row(LifecycleSettings.STARTUP_TIME, on(GCE_MIG), S60, "assumption: VM boot and service start, 60 s");
        row(LifecycleSettings.STARTUP_TIME, on(GKE_DEPLOYMENT), TimeSpan.ofSeconds(10),
                "assumption: container start, 10 s");
        row(LifecycleSettings.READINESS_INITIAL_DELAY, on(GKE_DEPLOYMENT), TimeSpan.ZERO,
                "§6 readiness initialDelaySeconds 0");
        row(LifecycleSettings.READINESS_PERIOD, on(GKE_DEPLOYMENT), TimeSpan.ofSeconds(10),
                "§6 readiness periodSeconds 10");
        row(LifecycleSettings.READINESS_SUCCESS_THRESHOLD, on(GKE_DEPLOYMENT), 1, "§6 readiness successThreshold 1");
        row(LifecycleSettings.PRE_STOP_SLEEP, on(GKE_DEPLOYMENT).and(kinds(KONG).negate()), TimeSpan.ZERO,
                "§6 lifecycle.preStop: none");
        row(LifecycleSettings.KONG_QUIT_WAIT, on(GKE_DEPLOYMENT).and(kinds(KONG)), TimeSpan.ofSeconds(15),
                "§5 Helm chart preStop kong quit --wait=15");
        row(LifecycleSettings.KONG_QUIT_TIMEOUT, on(GKE_DEPLOYMENT).and(kinds(KONG)), TimeSpan.ofSeconds(10),
                "§5 kong quit --timeout default 10");
        row(LifecycleSettings.ON_STOP_SIGNAL, kinds(NGINX_L7, NGINX_L4), StopBehaviour.GRACEFUL,
                "§2 Debian unit and docker-nginx stop with QUIT: graceful");
        row(LifecycleSettings.ON_STOP_SIGNAL, kinds(KONG), StopBehaviour.GRACEFUL, "§5 Kong image STOPSIGNAL SIGQUIT");
        row(LifecycleSettings.ON_STOP_SIGNAL, kinds(APP_RUNTIME), StopBehaviour.IMMEDIATE,
                "§8.1 an application without a SIGTERM handler exits at once (derived)");
        row(LifecycleSettings.ON_STOP_SIGNAL, kinds(GENERIC_L7, GENERIC_L4), StopBehaviour.GRACEFUL,
                "assumption: a generic proxy drains on its stop signal");
        row(LifecycleSettings.STOP_ESCALATION, on(GCE_MIG).and(kinds(NGINX_L7, NGINX_L4)), TimeSpan.ofSeconds(5),
                "§2 Debian nginx.service: --retry QUIT/5, TimeoutStopSec=5, then TERM");
        row(LifecycleSettings.STOP_ESCALATION, on(GCE_MIG), TimeSpan.ofSeconds(90),
                "assumption: systemd DefaultTimeoutStopSec 90 s, then SIGKILL");
        row(LifecycleSettings.TERMINATION_GRACE_PERIOD, on(GKE_DEPLOYMENT), TimeSpan.ofSeconds(30),
                "§6 terminationGracePeriodSeconds 30");
        row(LifecycleSettings.PROCESSING_TIME, kinds(APP_RUNTIME), TimeSpan.ofMillis(100),
                "assumption: 100 ms to the first response byte");

        // ---- rollout (§6, §7) ----
        row(RolloutSettings.ZONES, on(GCE_MIG), 3, "§7 regional MIG over 3 zones (assumption: regional)");
        row(RolloutSettings.REPLACEMENT_METHOD, on(GCE_MIG), ReplacementMethod.SUBSTITUTE,
                "§7 --replacement-method substitute");
        rowDerived(RolloutSettings.MAX_SURGE, on(GCE_MIG), s -> Scale.count((Integer) s.get(RolloutSettings.ZONES)),
                "§7 --max-surge defaults to the number of zones");
        row(RolloutSettings.MAX_SURGE, on(GKE_DEPLOYMENT), Scale.percent(25), "§6 maxSurge 25%");
        rowDerived(RolloutSettings.MAX_UNAVAILABLE, on(GCE_MIG),
                s -> Scale.count((Integer) s.get(RolloutSettings.ZONES)),
                "§7 --max-unavailable defaults to the number of zones");
        row(RolloutSettings.MAX_UNAVAILABLE, on(GKE_DEPLOYMENT), Scale.percent(25), "§6 maxUnavailable 25%");
        row(RolloutSettings.MIN_READY, on(GCE_MIG), TimeSpan.ZERO, "§7 minReadySec 0 (unconfirmed)");
        row(RolloutSettings.MIN_READY, on(GKE_DEPLOYMENT), TimeSpan.ZERO, "§6 minReadySeconds 0");
        row(RolloutSettings.PDB_MIN_AVAILABLE, on(GKE_DEPLOYMENT), Scale.count(0), "§6 PodDisruptionBudget: none");
        row(RolloutSettings.SCALE_DOWN_DELAY, on(GKE_DEPLOYMENT), TimeSpan.ofSeconds(30),
                "§14 Argo Rollouts blue-green scaleDownDelaySeconds 30");
        // ---- database (§16) ----
        row(DatabaseSettings.POOL_SIZE, kinds(APP_RUNTIME), 10, "§16 HikariCP maximumPoolSize 10");
        row(DatabaseSettings.MAX_CONNECTIONS, kinds(APP_RUNTIME), 0,
                "assumption: the database's limit for this app is not known (0 = not checked)");
        row(RolloutSettings.DETACH_DELAY, on(GCE_MIG).and(fronts(GCP_EXTERNAL_ALB)), TimeSpan.ZERO,
                "assumption: the old backend is detached in the same change as the weights (domain.md §14 gives "
                        + "no value)");
    }

    private DefaultsTable() {
    }

    /** Every row, in table order. */
    public static List<Row> rows() {
        return List.copyOf(ROWS);
    }

    /** The row giving {@code setting}'s default on a hop of this profile, if the hop has the setting. */
    public static Optional<Row> rowFor(Setting<?> setting, HopProfile profile) {
        for (Row r : ROWS) {
            if (r.setting().equals(setting) && r.appliesTo().test(profile)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The default of a setting on a hop of this profile whose other settings are {@code current}:
     * a default derived from another setting (a MIG's maxSurge from its zones) follows that
     * setting's current value.
     */
    public static Object defaultFor(Setting<?> setting, HopProfile profile, HopSettings current) {
        return rowFor(setting, profile).orElseThrow(() -> new IllegalArgumentException(
                "a " + profile + " has no setting " + setting)).value().apply(current.asMap());
    }

    public static boolean applies(Setting<?> setting, HopProfile profile) {
        return rowFor(setting, profile).isPresent();
    }

    /** Every setting a hop of this profile has, with its default, in catalog order. */
    public static HopSettings defaults(HopProfile profile) {
        return defaults(profile, Map.of());
    }

    /**
     * Every setting a hop of this profile has, in catalog order: the {@code given} values, and
     * defaults for the rest, a derived default following the values before it (a MIG given 2
     * zones and no maxSurge gets maxSurge 2).
     */
    public static HopSettings defaults(HopProfile profile, Map<Setting<?>, Object> given) {
        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        for (Setting<?> s : SettingCatalog.all()) {
            rowFor(s, profile).ifPresent(r -> values.put(s, given.containsKey(s) ? given.get(s) : r.value().apply(values)));
        }
        return new HopSettings(values);
    }

    private static void row(Setting<?> setting, Predicate<HopProfile> when, Object value, String source) {
        setting.check(value);
        ROWS.add(new Row(setting, when, s -> value, source));
    }

    private static void rowDerived(Setting<?> setting, Predicate<HopProfile> when,
                                   Function<Map<Setting<?>, Object>, Object> value, String source) {
        ROWS.add(new Row(setting, when, value, source));
    }

    private static boolean subsetting(Map<Setting<?>, Object> s) {
        return (Boolean) s.get(FrontSettings.GKE_SUBSETTING);
    }

    private static boolean localSubsetting(Map<Setting<?>, Object> s) {
        return subsetting(s) && s.get(FrontSettings.EXTERNAL_TRAFFIC_POLICY) == TrafficPolicy.LOCAL;
    }

    private static Predicate<HopProfile> fronts(FrontKind... kinds) {
        Set<FrontKind> set = EnumSet.of(kinds[0], kinds);
        return p -> set.contains(p.front());
    }

    private static Predicate<HopProfile> kinds(HopKind... kinds) {
        return kinds(EnumSet.of(kinds[0], kinds));
    }

    private static Predicate<HopProfile> kinds(Set<HopKind> set) {
        return p -> set.contains(p.kind());
    }

    private static Predicate<HopProfile> on(Platform platform) {
        return p -> p.platform() == platform;
    }
}
