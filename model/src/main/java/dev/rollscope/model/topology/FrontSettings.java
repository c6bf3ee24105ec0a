package dev.rollscope.model.topology;

import static dev.rollscope.model.topology.SettingGroup.FRONT;

import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/** Settings of the load balancer, Service or Kong upstream in front of a hop (domain.md §1, §3, §5, §6, §10, §12). */
public final class FrontSettings {

    /** GFE backend service {@code timeoutSec}: the whole-response budget (§1). */
    public static final Setting<TimeSpan> BACKEND_TIMEOUT =
            Setting.time(FRONT, "backendTimeout", TimeSpan.ofSeconds(1), TimeSpan.ofSeconds(2_147_483_647L));
    /** The Kong Service's {@code externalTrafficPolicy} behind a GKE internal passthrough NLB (§10.1). */
    public static final Setting<TrafficPolicy> EXTERNAL_TRAFFIC_POLICY =
            Setting.choice(FRONT, "externalTrafficPolicy", TrafficPolicy.class);
    /** GKE subsetting: the NLB's backends are GCE_VM_IP NEGs of nodes instead of instance groups (§10.1). */
    public static final Setting<Boolean> GKE_SUBSETTING = Setting.flag(FRONT, "gkeSubsetting");
    /** Backend service {@code connectionDraining.drainingTimeoutSec} (§1, §3). */
    public static final Setting<TimeSpan> DRAIN_TIMEOUT =
            Setting.time(FRONT, "drainTimeout", TimeSpan.ZERO, TimeSpan.ofSeconds(3600));
    /** Health check {@code checkIntervalSec} (§1). */
    public static final Setting<TimeSpan> HEALTH_CHECK_INTERVAL =
            Setting.time(FRONT, "healthCheckInterval", TimeSpan.ofSeconds(1), TimeSpan.ofSeconds(300));
    /** Health check {@code timeoutSec} (§1). */
    public static final Setting<TimeSpan> HEALTH_CHECK_TIMEOUT =
            Setting.time(FRONT, "healthCheckTimeout", TimeSpan.ofSeconds(1), TimeSpan.ofSeconds(300));
    /** Health check {@code healthyThreshold} (§1). */
    public static final Setting<Integer> HEALTHY_THRESHOLD = Setting.count(FRONT, "healthyThreshold", 1);
    /** Health check {@code unhealthyThreshold} (§1). */
    public static final Setting<Integer> UNHEALTHY_THRESHOLD = Setting.count(FRONT, "unhealthyThreshold", 1);
    /** Time from an endpoint change until this front routes by it (§5 KIC sync, §6 NEG detach). */
    public static final Setting<TimeSpan> PROPAGATION_DELAY = Setting.time(FRONT, "propagationDelay");
    /** Extra attempts the GFE makes for an idempotent request whose backend failed (§1). */
    public static final Setting<Integer> RETRIES = Setting.count(FRONT, "retries", 0);
    /** Passthrough NLB {@code connectionTrackingPolicy.idleTimeoutSec} (§3). */
    public static final Setting<TimeSpan> CONNTRACK_IDLE_TIMEOUT =
            Setting.time(FRONT, "conntrackIdleTimeout", TimeSpan.ofSeconds(600), TimeSpan.ofSeconds(57_600));

    /** Backend service or Service {@code sessionAffinity} (§12). */
    public static final Setting<SessionAffinity> SESSION_AFFINITY =
            Setting.choice(FRONT, "sessionAffinity", SessionAffinity.class);
    /** Backend service {@code affinityCookieTtlSec}: a generated cookie's lifetime, 0 = the browser session (§12). */
    public static final Setting<TimeSpan> AFFINITY_COOKIE_TTL =
            Setting.time(FRONT, "affinityCookieTtl", TimeSpan.ZERO, TimeSpan.ofSeconds(86_400));
    /** Service {@code sessionAffinityConfig.clientIP.timeoutSeconds}: a pin's idle lifetime (§12). */
    public static final Setting<TimeSpan> AFFINITY_TIMEOUT =
            Setting.time(FRONT, "affinityTimeout", TimeSpan.ofSeconds(1), TimeSpan.ofSeconds(86_400));
    /** Kong upstream {@code hash_on} with the consistent-hashing algorithm (§12). */
    public static final Setting<KongHashOn> HASH_ON = Setting.choice(FRONT, "hashOn", KongHashOn.class);

    /** In catalog order: a default derived from another setting comes after that setting. */
    static final List<Setting<?>> ALL = List.of(BACKEND_TIMEOUT, EXTERNAL_TRAFFIC_POLICY, GKE_SUBSETTING,
            DRAIN_TIMEOUT, HEALTH_CHECK_INTERVAL, HEALTH_CHECK_TIMEOUT, HEALTHY_THRESHOLD, UNHEALTHY_THRESHOLD,
            PROPAGATION_DELAY, RETRIES, CONNTRACK_IDLE_TIMEOUT, SESSION_AFFINITY, AFFINITY_COOKIE_TTL,
            AFFINITY_TIMEOUT, HASH_ON);

    private FrontSettings() {
    }
}
