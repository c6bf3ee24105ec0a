package dev.rollscope.model.importing.k8s;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.ReportText;
import dev.rollscope.model.importing.tree.MapWalk;
import dev.rollscope.model.importing.tree.Node;
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

    static void read(Node doc, Findings f) throws ImportException {
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
        Node affinity = w.take("sessionAffinity").orElse(null);
        if (affinity != null) {
            f.irrelevant(affinity.origin(), ReportText.of("service.affinity", affinity.scalar()));
        }
        w.rest(f, Map.of("*", ReportText.of("service.rest")));
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
