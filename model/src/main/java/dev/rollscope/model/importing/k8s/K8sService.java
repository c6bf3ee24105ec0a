package dev.rollscope.model.importing.k8s;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.ReportText;
import dev.rollscope.model.importing.tree.MapWalk;
import dev.rollscope.model.importing.Target;
import dev.rollscope.model.importing.tree.Node;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.SessionAffinity;
import dev.rollscope.model.units.TimeSpan;
import java.util.Map;

/**
 * Reports what a Service in front of the hop's pods means for Rollscope. None of its fields is a
 * hop setting: the kind of front is part of the hop's profile (K8S_SERVICE, or a GCP load balancer),
 * so each field is reported with what Rollscope assumes about it (domain.md §6, §10, §12).
 */
final class K8sService {

    private static final String INTERNAL_LB = "networking.gke.io/load-balancer-type";

    private K8sService() {
    }

    static void read(Node doc, Hop hop, Findings f) throws ImportException {
        MapWalk root = new MapWalk(doc);
        Node metadata = root.take("metadata").orElse(null);
        Node spec = root.take("spec").orElse(null);
        root.rest(f, Map.of("*", ReportText.of("service.apiVersion")));
        if (metadata != null) {
            MapWalk m = new MapWalk(metadata);
            Node annotations = m.take("annotations").orElse(null);
            if (annotations != null) {
                annotations(annotations, f);
            }
            m.rest(f, Map.of("*", ReportText.of("service.metadata")));
        }
        if (spec == null) {
            return;
        }
        MapWalk w = new MapWalk(spec);
        Node type = w.take("type").orElse(null);
        if (type != null) {
            f.irrelevant(type.origin(), ReportText.of(switch (type.scalar()) {
                case "ClusterIP" -> "service.type.ClusterIP";
                case "LoadBalancer", "NodePort" -> "service.type.nodes";
                default -> "service.type.other";
            }, type.scalar()));
        }
        Node etp = w.take("externalTrafficPolicy").orElse(null);
        if (etp != null) {
            f.irrelevant(etp.origin(), ReportText.of(etp.scalar().equals("Local") ? "service.etp.Local"
                    : "service.etp.other", etp.scalar()));
        }
        affinity(w, hop, f);
        w.rest(f, Map.of("*", ReportText.of("service.rest")));
    }

    /**
     * {@code sessionAffinity} ({@code ClientIP} → CLIENT_IP, as GKE translates it for its load
     * balancer, §10.1) and its timeout, where the hop's front is this Service (domain.md §12); behind
     * Kong the targets are pod IPs, so the Service's affinity picks nothing (§5).
     */
    private static void affinity(MapWalk w, Hop hop, Findings f) throws ImportException {
        Node affinity = w.take("sessionAffinity").orElse(null);
        Node config = w.take("sessionAffinityConfig").orElse(null);
        boolean mine = hop.settings().has(FrontSettings.SESSION_AFFINITY);
        if (affinity != null && !mine) {
            f.irrelevant(affinity.origin(), ReportText.of("service.affinity", affinity.scalar()));
        } else if (affinity != null) {
            SessionAffinity a = switch (affinity.scalar()) {
                case "None" -> SessionAffinity.NONE;
                case "ClientIP" -> SessionAffinity.CLIENT_IP;
                default -> throw ImportException.at(affinity.origin(), "k8s.affinity", affinity.scalar());
            };
            f.set(affinity.origin(), Target.of(FrontSettings.SESSION_AFFINITY), a);
        }
        if (config == null) {
            return;
        }
        Node timeout = config.at("clientIP.timeoutSeconds").orElse(null);
        if (timeout != null && hop.settings().has(FrontSettings.AFFINITY_TIMEOUT)) {
            f.set(timeout.origin(), Target.of(FrontSettings.AFFINITY_TIMEOUT), TimeSpan.ofSeconds(timeout.integer()));
        } else {
            f.irrelevant(config.origin(), ReportText.of("service.affinity", "sessionAffinityConfig"));
        }
    }

    private static void annotations(Node annotations, Findings f) {
        for (Map.Entry<String, Node> e : annotations.fields().entrySet()) {
            if (e.getKey().equals(INTERNAL_LB) || e.getKey().equals("cloud.google.com/load-balancer-type")) {
                f.irrelevant(e.getValue().origin(), ReportText.of("service.internalLb", e.getValue().text()));
            } else {
                f.irrelevant(e.getValue().origin(), ReportText.of("service.annotation"));
            }
        }
    }
}
