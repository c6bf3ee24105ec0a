package dev.rollscope.model.importing.k8s;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
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
        root.rest(f, Map.of("*", "API version and kind; not simulated"));
        if (metadata != null) {
            MapWalk m = new MapWalk(metadata);
            Node annotations = m.take("annotations").orElse(null);
            if (annotations != null) {
                annotations(annotations, f);
            }
            m.rest(f, Map.of("*", "names and labels; not simulated"));
        }
        if (spec == null) {
            return;
        }
        MapWalk w = new MapWalk(spec);
        Node type = w.take("type").orElse(null);
        if (type != null) {
            f.irrelevant(type.origin(), type.scalar() + ": " + switch (type.scalar()) {
                case "ClusterIP" -> "kube-proxy picks a ready endpoint per connection; model the hop's front as "
                        + "K8S_SERVICE (domain.md §6)";
                case "LoadBalancer", "NodePort" -> "a GCP load balancer whose backends are nodes: GCP draining does "
                        + "not apply when a pod terminates (domain.md §10); the hop's front is part of its profile";
                default -> "not a front Rollscope models";
            });
        }
        Node etp = w.take("externalTrafficPolicy").orElse(null);
        if (etp != null) {
            f.irrelevant(etp.origin(), etp.scalar() + ": " + (etp.scalar().equals("Local")
                    ? "nodes without a ready pod fail the LB health check (domain.md §10); not simulated"
                    : "every node forwards to any pod; GCP draining never applies to a terminating pod (domain.md §10)"));
        }
        Node affinity = w.take("sessionAffinity").orElse(null);
        if (affinity != null) {
            f.irrelevant(affinity.origin(), affinity.scalar() + ": affinity only picks the backend of the next "
                    + "connection; an in-flight request survives or fails as without it (domain.md §12)");
        }
        w.rest(f, Map.of("*", "ports and selection; not simulated"));
    }

    private static void annotations(Node annotations, Findings f) {
        for (Map.Entry<String, Node> e : annotations.fields().entrySet()) {
            if (e.getKey().equals(INTERNAL_LB) || e.getKey().equals("cloud.google.com/load-balancer-type")) {
                f.irrelevant(e.getValue().origin(), e.getValue().text() + ": an internal passthrough load balancer in "
                        + "front of nodes (domain.md §3, §10); the hop's front is part of its profile");
            } else {
                f.irrelevant(e.getValue().origin(), "annotation; not simulated");
            }
        }
    }
}
