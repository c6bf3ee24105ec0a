package dev.rollscope.model.importing.fix;

import dev.rollscope.model.importing.kong.KongProperties;
import dev.rollscope.model.importing.nginx.NginxSpelling;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real names of a hop's setting in the configuration files that can set it, for finding a
 * setting by the name the user knows: the nginx directive, the Kong property and its
 * {@code KONG_*} variable, the decK, Helm or Kubernetes field path, the {@code gcloud} JSON field.
 * Read from the same tables the importers and fixes use ({@link NginxSpelling},
 * {@link KongProperties}, {@link YamlFix}); the gcloud fields are the API's names that
 * {@code GcloudImporter} reads.
 */
public final class Spellings {

    /** Backend service fields (domain.md §1, §3, §12), as {@code gcloud compute backend-services describe} names them. */
    private static final Map<Setting<?>, String> BACKEND_SERVICE = Map.of(
            FrontSettings.BACKEND_TIMEOUT, "timeoutSec",
            FrontSettings.DRAIN_TIMEOUT, "connectionDraining.drainingTimeoutSec",
            FrontSettings.CONNTRACK_IDLE_TIMEOUT, "connectionTrackingPolicy.idleTimeoutSec",
            FrontSettings.SESSION_AFFINITY, "sessionAffinity",
            FrontSettings.AFFINITY_COOKIE_TTL, "affinityCookieTtlSec");

    /** Managed instance group fields (domain.md §7), as {@code gcloud compute instance-groups managed describe} names them. */
    private static final Map<Setting<?>, String> MIG = Map.of(
            RolloutSettings.MAX_SURGE, "updatePolicy.maxSurge",
            RolloutSettings.MAX_UNAVAILABLE, "updatePolicy.maxUnavailable",
            RolloutSettings.MIN_READY, "updatePolicy.minReadySec",
            RolloutSettings.REPLACEMENT_METHOD, "updatePolicy.replacementMethod",
            RolloutSettings.ZONES, "distributionPolicy.zones");

    private Spellings() {
    }

    /** Every name {@code setting} has in the configuration files of {@code hop}'s kind, platform and front. */
    public static List<String> of(Setting<?> setting, Hop hop) {
        List<String> names = new ArrayList<>();
        if (hop.kind() == HopKind.NGINX_L7 || hop.kind() == HopKind.NGINX_L4) {
            NginxSpelling.of(setting, hop.kind()).ifPresent(s -> names.add(s.directive()));
        }
        if (hop.kind() == HopKind.KONG) {
            KongProperties.propertyFor(setting).ifPresent(p -> {
                names.add(p);
                names.add(KongProperties.toEnv(p));
            });
            add(names, YamlFix.path(setting, YamlFix.Flavour.DECK));
            add(names, YamlFix.path(setting, YamlFix.Flavour.HELM));
        }
        if (hop.platform() == Platform.GKE_DEPLOYMENT) {
            add(names, YamlFix.path(setting, YamlFix.Flavour.DEPLOYMENT));
        }
        if (hop.front().isGcp()) {
            add(names, Optional.ofNullable(BACKEND_SERVICE.get(setting)));
        }
        if (hop.platform() == Platform.GCE_MIG) {
            add(names, Optional.ofNullable(MIG.get(setting)));
        }
        return List.copyOf(names);
    }

    private static void add(List<String> names, Optional<String> name) {
        name.filter(n -> !names.contains(n)).ifPresent(names::add);
    }
}
