package dev.rollscope.model.topology;

import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.Excerpt;
import dev.rollscope.model.units.Scale;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One hop of the chain: a group of instances running one kind of proxy or application on one
 * platform, the load balancer in front of it, and its settings.
 *
 * @param id       short unique id used in files, findings and diagrams ({@code A}, {@code kong})
 * @param name     display name, any text
 * @param kind     what runs on the instances
 * @param platform where the instances run
 * @param front    what balances traffic to the instances
 * @param replicas number of instances in steady state
 * @param settings every setting the profile has, and only those
 */
public record Hop(String id, String name, HopKind kind, Platform platform, FrontKind front, int replicas,
                  HopSettings settings) {

    /** Letters, digits, {@code _} and {@code -}, starting with a letter, at most 32 characters. */
    public static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}");
    public static final int MAX_REPLICAS = 1000;

    public Hop {
        Objects.requireNonNull(id, "hop id");
        if (!ID.matcher(id).matches()) {
            throw RefusalException.of("hop.badId", Excerpt.quote(id));
        }
        Objects.requireNonNull(name, () -> "hop " + id + ": name");
        if (name.isBlank() || name.length() > 80) {
            throw RefusalException.of("hop.badName", id, Excerpt.quote(name));
        }
        Objects.requireNonNull(kind, () -> "hop " + id + ": kind");
        Objects.requireNonNull(platform, () -> "hop " + id + ": platform");
        Objects.requireNonNull(front, () -> "hop " + id + ": front");
        Objects.requireNonNull(settings, () -> "hop " + id + ": settings");
        if (replicas < 1 || replicas > MAX_REPLICAS) {
            throw RefusalException.of("hop.replicas", id, MAX_REPLICAS, replicas);
        }
        HopProfile profile = new HopProfile(kind, platform, front);
        if (!profile.allowed()) {
            throw RefusalException.of("hop.frontNeedsPods", id, front, platform);
        }
        for (Setting<?> s : SettingCatalog.all()) {
            boolean applies = DefaultsTable.applies(s, profile);
            if (applies && !settings.has(s)) {
                throw RefusalException.of("hop.missingSetting", id, s);
            }
            if (!applies && settings.has(s)) {
                throw RefusalException.of("hop.settingNotApplies", id, s, kind, platform, front);
            }
        }
        checkRolloutBudget(id, platform, replicas, settings);
        checkAffinity(id, front, settings);
    }

    /** A front takes only the affinities it has (domain.md §12): a passthrough NLB sees no cookie. */
    private static void checkAffinity(String id, FrontKind front, HopSettings settings) {
        if (settings.has(FrontSettings.SESSION_AFFINITY)
                && !settings.get(FrontSettings.SESSION_AFFINITY).allowedBehind(front)) {
            String allowed = Arrays.stream(SessionAffinity.values()).filter(a -> a.allowedBehind(front))
                    .map(Enum::name).collect(Collectors.joining(", "));
            throw RefusalException.of("hop.affinity", id, settings.get(FrontSettings.SESSION_AFFINITY), front,
                    allowed);
        }
    }

    private static void checkRolloutBudget(String id, Platform platform, int replicas, HopSettings settings) {
        Scale surge = settings.get(RolloutSettings.MAX_SURGE);
        Scale unavailable = settings.get(RolloutSettings.MAX_UNAVAILABLE);
        if (surge.value() == 0 && unavailable.value() == 0) {
            throw RefusalException.of("hop.bothZero", id);
        }
        if (platform == Platform.GCE_MIG && (surge.percent() || unavailable.percent()) && replicas < 10) {
            throw RefusalException.of("hop.migPercent", id, replicas);
        }
        if (platform == Platform.GCE_MIG
                && surge.resolve(replicas, RoundingMode.UP) == 0 && unavailable.resolve(replicas, RoundingMode.UP) == 0) {
            throw RefusalException.of("hop.bothResolveZero", id);
        }
    }

    /** A hop with every setting at the default of its profile. */
    public static Hop of(String id, String name, HopKind kind, Platform platform, FrontKind front, int replicas) {
        return new Hop(id, name, kind, platform, front, replicas,
                DefaultsTable.defaults(new HopProfile(kind, platform, front)));
    }

    public HopProfile profile() {
        return new HopProfile(kind, platform, front);
    }

    public <T> T get(Setting<T> setting) {
        return settings.get(setting);
    }

    /**
     * The same hop with one setting changed. A setting still at a default derived from others
     * follows the change (a MIG's maxSurge follows its zones; a GKE NLB's drainTimeout its subsetting).
     */
    public <T> Hop with(Setting<T> setting, T value) {
        Map<Setting<?>, Object> given = new LinkedHashMap<>(settings.asMap());
        given.put(setting, value);
        for (Setting<?> s : settings.keys()) {
            if (!s.equals(setting) && isDefault(s)) {
                given.remove(s);
            }
        }
        return new Hop(id, name, kind, platform, front, replicas, DefaultsTable.defaults(profile(), given));
    }

    public Hop withName(String newName) {
        return new Hop(id, newName, kind, platform, front, replicas, settings);
    }

    public Hop withId(String newId) {
        return new Hop(newId, name, kind, platform, front, replicas, settings);
    }

    public Hop withReplicas(int n) {
        return new Hop(id, name, kind, platform, front, n, settings);
    }

    /**
     * The same hop with another kind, platform or front. Settings the new profile shares with the
     * old one keep their values where they differed from the old default; the rest take the new
     * profile's defaults.
     */
    public Hop withProfile(HopProfile profile) {
        HopSettings oldDefaults = DefaultsTable.defaults(profile());
        HopSettings newDefaults = DefaultsTable.defaults(profile);
        Map<Setting<?>, Object> values = new LinkedHashMap<>(newDefaults.asMap());
        for (Setting<?> s : newDefaults.keys()) {
            if (settings.has(s) && !settings.asMap().get(s).equals(oldDefaults.asMap().get(s))) {
                values.put(s, settings.asMap().get(s));
            }
        }
        return new Hop(id, name, profile.kind(), profile.platform(), profile.front(), replicas, new HopSettings(values));
    }

    /**
     * How this hop's front learns that an instance leaves (domain.md §10). A VM leaves its backend
     * service and is drained. A GKE LoadBalancer Service's passthrough NLB has nodes as backends,
     * so only with externalTrafficPolicy Local does a pod's end reach it, as a node leaving its NEG
     * (subsetting) or failing its health check (instance groups); this assumes a Kong pod is its
     * node's only one.
     */
    public EndpointRemoval endpointRemoval() {
        return switch (platform) {
            case GCE_MIG -> EndpointRemoval.DRAINED;
            case GKE_DEPLOYMENT -> switch (front) {
                case GCP_EXTERNAL_ALB -> EndpointRemoval.DRAINED;
                case GCP_INTERNAL_TCP_LB -> switch (get(FrontSettings.EXTERNAL_TRAFFIC_POLICY)) {
                    case CLUSTER -> EndpointRemoval.PROPAGATED;
                    case LOCAL -> get(FrontSettings.GKE_SUBSETTING)
                            ? EndpointRemoval.DRAINED : EndpointRemoval.HEALTH_CHECKED;
                };
                case K8S_SERVICE, KONG_UPSTREAM -> EndpointRemoval.PROPAGATED;
            };
        };
    }

    /** True when a leaving instance of this hop is drained by its front (see {@link #endpointRemoval}). */
    public boolean frontDrains() {
        return endpointRemoval() == EndpointRemoval.DRAINED;
    }

    /** True when the setting's value equals its default for this hop (see {@link DefaultsTable#defaultFor}). */
    public boolean isDefault(Setting<?> setting) {
        return settings.asMap().get(setting).equals(DefaultsTable.defaultFor(setting, profile(), settings));
    }
}
