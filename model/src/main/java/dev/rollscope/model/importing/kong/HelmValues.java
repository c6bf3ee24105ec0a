package dev.rollscope.model.importing.kong;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.ReportText;
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

    private static final Map<String, ReportText> IRRELEVANT = Map.ofEntries(
            own("envFrom"), own("image"), notProxy("admin"), notProxy("status"), notProxy("cluster"), own("proxy"),
            notProxy("udpProxy"), own("ingressController"), own("livenessProbe"), own("autoscaling"),
            Map.entry("*", ReportText.of("helm.other")));

    private HelmValues() {
    }

    private static Map.Entry<String, ReportText> own(String key) {
        return Map.entry(key, ReportText.of("helm." + key));
    }

    private static Map.Entry<String, ReportText> notProxy(String key) {
        return Map.entry(key, ReportText.of("helm.notProxy", ReportText.of("helm." + key)));
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
                    f.notUnderstood(v.origin(), ReportText.of("helm.env.secret"));
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
            d.rest(f, Map.of("*", ReportText.of("helm.deployment.rest")));
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
            f.irrelevant(enabled.origin(), ReportText.of("helm.pdb.disabled"));
        }
        if (on) {
            RolloutFields.scale(w, "minAvailable", RolloutSettings.PDB_MIN_AVAILABLE, f);
            w.take("maxUnavailable").ifPresent(n -> f.notUnderstood(n.origin(),
                    ReportText.of("pdb.maxUnavailable")));
        }
        w.rest(f, Map.of("*", ReportText.of(on ? "helm.pdb.rest.on" : "helm.pdb.rest.off")));
    }
}
