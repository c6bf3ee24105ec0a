package dev.rollscope.model.sim.engine;

import dev.rollscope.model.topology.DefaultsTable;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.HopProfile;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Setting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Every hop setting the engine reads, and on which hops (by {@link HopProfile}). The engine never
 * asks whether a hop happens to have a setting: where a setting is <em>optional</em>, this says on
 * which hops it exists, and elsewhere the engine takes the meaning given here ("no timeout", "no
 * limit", "streams"); where it is <em>required</em>, the engine reads it on these hops.
 *
 * <p>The engine's class runs {@link #check} on the {@link DefaultsTable} when it loads: a table
 * without a row for a setting on a hop that needs it (or, for an optional setting, with a row where
 * the engine would ignore it) stops the engine from starting, instead of silently meaning "none".
 */
final class EngineSettings {

    /**
     * One setting the engine reads on the hops {@code where} holds. Optional: elsewhere it has
     * the meaning {@code absent}, so the table must have it exactly there. Required: the table must
     * have it at least there (it may hold it elsewhere for the app's own use).
     */
    record Read(Setting<?> setting, Predicate<HopProfile> where, boolean optional, String absent) {
    }

    private static final Predicate<HopProfile> ALL = p -> true;
    private static final Predicate<HopProfile> L7 = p -> p.kind().isL7();
    private static final Predicate<HopProfile> L4 = p -> !p.kind().isL7();
    private static final Predicate<HopProfile> APP = p -> p.kind().isTerminal();
    private static final Predicate<HopProfile> PROXY = APP.negate();
    private static final Predicate<HopProfile> L7_PROXY = L7.and(PROXY);
    private static final Predicate<HopProfile> KONG = p -> p.kind() == HopKind.KONG;
    private static final Predicate<HopProfile> NGINX_INSIDE = p -> nginxInside(p.kind());
    private static final Predicate<HopProfile> PODS = p -> p.platform() == Platform.GKE_DEPLOYMENT;
    private static final Predicate<HopProfile> VMS = p -> p.platform() == Platform.GCE_MIG;
    private static final Predicate<HopProfile> GCP_FRONT = p -> p.front().isGcp();
    private static final Predicate<HopProfile> FRONT_PROXY = p -> p.front().isProxy();
    /** The passthrough NLB of a GKE LoadBalancer Service in front of pods (domain.md §10). */
    private static final Predicate<HopProfile> GKE_NLB = PODS.and(p -> p.front() == FrontKind.GCP_INTERNAL_TCP_LB);

    private static final Map<Setting<?>, Read> OPTIONAL = new LinkedHashMap<>();
    private static final List<Read> READS = new ArrayList<>();

    static {
        // ---- optional: the engine takes the meaning on the right where the hop has no such setting ----
        optional(ProxySettings.CLIENT_MAX_BODY_SIZE, L7_PROXY, "no body limit");
        optional(ProxySettings.REQUEST_BUFFERING, L7_PROXY, "streams the request (the app always buffers it)");
        optional(ProxySettings.RESPONSE_BUFFERING, L7_PROXY, "streams the response");
        optional(ProxySettings.UPSTREAM_READ_TIMEOUT, L7_PROXY, "no read timer");
        optional(ProxySettings.UPSTREAM_SEND_TIMEOUT, L7_PROXY, "no send timer");
        optional(ProxySettings.CONNECT_TIMEOUT, PROXY, "no connect timeout");
        optional(ProxySettings.CLIENT_HEADER_TIMEOUT, L7_PROXY, "waits for a slow header");
        optional(ProxySettings.CLIENT_BODY_TIMEOUT, L7_PROXY, "waits for a pausing upload");
        optional(ProxySettings.SEND_TIMEOUT, L7_PROXY, "waits for a client that does not read");
        optional(ProxySettings.STREAM_IDLE_TIMEOUT, L4, "no idle timer");
        optional(ProxySettings.KEEPALIVE_TIMEOUT, L7, "idle client connections never close");
        optional(LifecycleSettings.PROCESSING_TIME, APP, "answers at once");
        optional(ProxySettings.NEXT_UPSTREAM, PROXY, "never tries another upstream");
        optional(ProxySettings.NEXT_UPSTREAM_NON_IDEMPOTENT, L7_PROXY, "never retries a sent POST");
        optional(ProxySettings.RETRIES, KONG, "counts tries per server instead");
        optional(ProxySettings.NEXT_UPSTREAM_TRIES, PROXY.and(KONG.negate()), "counts retries, or tries once");
        optional(ProxySettings.UPSTREAM_KEEPALIVE, L7_PROXY, "no upstream pool");
        optional(ProxySettings.UPSTREAM_KEEPALIVE_TIMEOUT, L7_PROXY, "pooled connections expire at once");
        optional(ProxySettings.UPSTREAM_KEEPALIVE_TIME, L7_PROXY.and(KONG.negate()), "pooled connections never age");
        optional(FrontSettings.PROPAGATION_DELAY, PODS, "the front learns at once (a VM's backend service)");
        optional(ProxySettings.WORKER_SHUTDOWN_TIMEOUT, NGINX_INSIDE, "a graceful stop waits for every request");
        optional(LifecycleSettings.KONG_QUIT_WAIT, PODS.and(KONG), "no kong quit hook");
        optional(LifecycleSettings.PRE_STOP_SLEEP, PODS.and(KONG.negate()), "no preStop sleep");
        optional(RolloutSettings.PDB_MIN_AVAILABLE, PODS, "no PodDisruptionBudget (VMs)");
        optional(RolloutSettings.SCALE_DOWN_DELAY, PODS, "no blue/green Deployment (VMs)");
        optional(RolloutSettings.DETACH_DELAY, VMS.and(p -> p.front() == FrontKind.GCP_EXTERNAL_ALB),
                "no URL map in front (only the external ALB has one)");

        // ---- required: the engine reads these on these hops ----
        required(FrontSettings.BACKEND_TIMEOUT, FRONT_PROXY);
        required(FrontSettings.RETRIES, FRONT_PROXY);
        required(FrontSettings.DRAIN_TIMEOUT, GCP_FRONT);
        required(FrontSettings.EXTERNAL_TRAFFIC_POLICY, GKE_NLB);
        required(FrontSettings.GKE_SUBSETTING, GKE_NLB);
        required(FrontSettings.HEALTH_CHECK_INTERVAL, VMS.or(GKE_NLB));
        required(FrontSettings.HEALTH_CHECK_TIMEOUT, VMS);
        required(FrontSettings.HEALTHY_THRESHOLD, VMS);
        required(FrontSettings.UNHEALTHY_THRESHOLD, VMS.or(GKE_NLB));
        required(FrontSettings.SESSION_AFFINITY, GCP_FRONT.or(p -> p.front() == FrontKind.K8S_SERVICE));
        required(FrontSettings.AFFINITY_COOKIE_TTL, p -> p.front() == FrontKind.GCP_EXTERNAL_ALB);
        required(FrontSettings.AFFINITY_TIMEOUT, p -> p.front() == FrontKind.K8S_SERVICE);
        required(FrontSettings.HASH_ON, p -> p.front() == FrontKind.KONG_UPSTREAM);
        required(LifecycleSettings.STARTUP_TIME, ALL);
        required(LifecycleSettings.ON_STOP_SIGNAL, ALL);
        required(LifecycleSettings.READINESS_INITIAL_DELAY, PODS);
        required(LifecycleSettings.READINESS_PERIOD, PODS);
        required(LifecycleSettings.READINESS_SUCCESS_THRESHOLD, PODS);
        required(LifecycleSettings.TERMINATION_GRACE_PERIOD, PODS);
        required(LifecycleSettings.KONG_QUIT_TIMEOUT, PODS.and(KONG));
        required(LifecycleSettings.STOP_ESCALATION, VMS);
        required(RolloutSettings.MAX_SURGE, ALL);
        required(RolloutSettings.MAX_UNAVAILABLE, ALL);
        required(RolloutSettings.MIN_READY, ALL);
        required(RolloutSettings.ZONES, VMS);
        required(RolloutSettings.REPLACEMENT_METHOD, VMS);
    }

    private EngineSettings() {
    }

    /** Every setting the engine reads, optional ones first. */
    static List<Read> reads() {
        return List.copyOf(READS);
    }

    /**
     * True when the engine reads optional setting {@code s} on hop h; false means the setting's
     * absent meaning applies there.
     */
    static boolean on(Hop h, Setting<?> s) {
        Read r = OPTIONAL.get(s);
        if (r == null) {
            throw new IllegalArgumentException(s + " is not an optional setting of the engine");
        }
        return r.where().test(h.profile());
    }

    /** The processes that are nginx underneath, with its worker_shutdown_timeout (§2, §4, §5). */
    private static boolean nginxInside(HopKind kind) {
        return switch (kind) {
            case NGINX_L7, NGINX_L4, KONG -> true;
            case APP_RUNTIME, GENERIC_L7, GENERIC_L4 -> false;
        };
    }

    /**
     * Where {@code table} (does a hop of this profile have this setting?) and the engine disagree,
     * one line each, over every profile a hop may have; empty when they agree.
     */
    static List<String> gaps(BiPredicate<Setting<?>, HopProfile> table) {
        List<String> out = new ArrayList<>();
        for (Read r : READS) {
            for (HopProfile p : HopProfile.all()) {
                boolean needed = r.where().test(p);
                boolean there = table.test(r.setting(), p);
                if (needed && !there) {
                    out.add("the defaults table has no " + r.setting() + " for a " + p.kind() + " on " + p.platform()
                            + " behind " + p.front() + ", which the engine reads");
                } else if (r.optional() && there && !needed) {
                    out.add("the defaults table has " + r.setting() + " for a " + p.kind() + " on " + p.platform()
                            + " behind " + p.front() + ", where the engine takes \"" + r.absent() + "\"");
                }
            }
        }
        return out;
    }

    /**
     * Whether a hop of a profile has a setting, by these rows of the defaults table: the same answer
     * as {@link DefaultsTable#applies}, with the rows looked up by setting once.
     */
    static BiPredicate<Setting<?>, HopProfile> table(List<DefaultsTable.Row> rows) {
        Map<Setting<?>, List<Predicate<HopProfile>>> bySetting = new HashMap<>();
        for (DefaultsTable.Row r : rows) {
            bySetting.computeIfAbsent(r.setting(), k -> new ArrayList<>()).add(r.appliesTo());
        }
        return (s, p) -> {
            for (Predicate<HopProfile> applies : bySetting.getOrDefault(s, List.of())) {
                if (applies.test(p)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Fails when {@code table} and the engine disagree (see {@link #gaps}). */
    static void check(BiPredicate<Setting<?>, HopProfile> table) {
        List<String> gaps = gaps(table);
        if (!gaps.isEmpty()) {
            throw new IllegalStateException(String.join("; ", gaps));
        }
    }

    private static void optional(Setting<?> s, Predicate<HopProfile> where, String absent) {
        Read r = new Read(s, where, true, absent);
        OPTIONAL.put(s, r);
        READS.add(r);
    }

    private static void required(Setting<?> s, Predicate<HopProfile> where) {
        READS.add(new Read(s, where, false, ""));
    }
}
