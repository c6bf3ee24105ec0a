package dev.rollscope.model.importing.kong;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.Target;
import dev.rollscope.model.importing.k8s.PodSpecReader;
import dev.rollscope.model.importing.k8s.RolloutFields;
import dev.rollscope.model.importing.tree.MapWalk;
import dev.rollscope.model.importing.tree.Node;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.RolloutSettings;
import java.util.Map;

/**
 * Reads the Kong Helm chart's {@code values.yaml} (Kong/charts, charts/kong): {@code env} (Kong
 * properties), {@code replicaCount}, {@code terminationGracePeriodSeconds}, {@code lifecycle}
 * (the preStop {@code kong quit --wait}), {@code readinessProbe}, {@code updateStrategy},
 * {@code deployment.minReadySeconds} and {@code podDisruptionBudget} (domain.md §5, §6).
 */
final class HelmValues {

    private static final String NOT_PROXY = "not Kong's proxy path; not simulated";

    private static final Map<String, String> IRRELEVANT = Map.ofEntries(
            Map.entry("envFrom", "environment from ConfigMaps or Secrets; import those as a KONG_* file"),
            Map.entry("image", "which Kong image runs; not simulated"),
            Map.entry("admin", "the Admin API service; " + NOT_PROXY),
            Map.entry("status", "the status listener; " + NOT_PROXY),
            Map.entry("cluster", "hybrid-mode cluster service; " + NOT_PROXY),
            Map.entry("proxy", "the proxy Service's ports and type; the hop's front is part of its profile"),
            Map.entry("udpProxy", "UDP proxy service; " + NOT_PROXY),
            Map.entry("ingressController", "the ingress controller container; its target sync delay is the "
                    + "KONG_UPSTREAM front's propagationDelay (domain.md §5)"),
            Map.entry("livenessProbe", "liveness restarts a stuck container; not simulated"),
            Map.entry("autoscaling", "autoscaling; Rollscope simulates a fixed replica count"),
            Map.entry("*", "chart plumbing (labels, volumes, security, extra objects); not simulated"));

    private HelmValues() {
    }

    static boolean looksLike(Node root) {
        return root.get("env").isPresent() || root.get("replicaCount").isPresent()
                || root.get("ingressController").isPresent();
    }

    static void read(Node root, Findings f) throws ImportException {
        MapWalk w = new MapWalk(root);
        Node env = w.take("env").orElse(null);
        if (env != null) {
            for (Map.Entry<String, Node> e : env.fields().entrySet()) {
                Node v = e.getValue();
                if (v.kind() != Node.Kind.SCALAR || v.text() == null) {
                    f.notUnderstood(v.origin(), "a value from a Secret or ConfigMap; Rollscope cannot see it");
                } else {
                    KongProperties.read(v.origin(), e.getKey(), v.text(), f);
                }
            }
        }
        Node replicas = w.take("replicaCount").orElse(null);
        if (replicas != null) {
            f.set(replicas.origin(), Target.REPLICAS, replicas.integer());
        }
        w.seconds("terminationGracePeriodSeconds",
                dev.rollscope.model.topology.LifecycleSettings.TERMINATION_GRACE_PERIOD, f);
        Node lifecycle = w.take("lifecycle").orElse(null);
        if (lifecycle != null) {
            PodSpecReader.lifecycle(lifecycle, HopKind.KONG, f);
        }
        Node probe = w.take("readinessProbe").orElse(null);
        if (probe != null) {
            PodSpecReader.readiness(probe, f);
        }
        Node strategy = w.take("updateStrategy").orElse(null);
        if (strategy != null) {
            RolloutFields.strategy(strategy, f);
        }
        Node deployment = w.take("deployment").orElse(null);
        if (deployment != null) {
            MapWalk d = new MapWalk(deployment);
            d.seconds("minReadySeconds", RolloutSettings.MIN_READY, f);
            d.rest(f, Map.of("*", "chart option of the Deployment; not simulated"));
        }
        Node pdb = w.take("podDisruptionBudget").orElse(null);
        if (pdb != null) {
            pdb(pdb, f);
        }
        w.rest(f, IRRELEVANT);
    }

    private static void pdb(Node pdb, Findings f) throws ImportException {
        MapWalk w = new MapWalk(pdb);
        Node enabled = w.take("enabled").orElse(null);
        boolean on = enabled != null && enabled.bool();
        if (enabled != null && !on) {
            f.irrelevant(enabled.origin(), "false: the chart creates no PodDisruptionBudget");
        }
        if (on) {
            RolloutFields.scale(w, "minAvailable", RolloutSettings.PDB_MIN_AVAILABLE, f);
            w.take("maxUnavailable").ifPresent(n -> f.notUnderstood(n.origin(),
                    "Rollscope's budget is minAvailable; write the budget as minAvailable to simulate it"));
        }
        w.rest(f, Map.of("*", on ? "eviction policy; not simulated" : "the budget is disabled"));
    }
}
