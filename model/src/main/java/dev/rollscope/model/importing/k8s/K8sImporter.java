package dev.rollscope.model.importing.k8s;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.ReportText;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.Target;
import dev.rollscope.model.importing.tree.Choose;
import dev.rollscope.model.importing.tree.MapWalk;
import dev.rollscope.model.importing.tree.Node;
import dev.rollscope.model.importing.tree.Trees;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Kubernetes manifests (multi-document YAML) for a hop on GKE: the hop's Deployment (the one
 * named by {@code name}, or the only one), the Services and PodDisruptionBudgets that select its
 * pods (domain.md §6, §10). Fields the files do not have leave the hop's values as they are.
 */
public final class K8sImporter {

    private static final ReportText METADATA = ReportText.of("k8s.metadata");
    /** The home of the imported Deployment: its name, so that a fix can name it in {@code kubectl patch}. */
    public static final String DEPLOYMENT_HOME = "deployment";

    private K8sImporter() {
    }

    public static void read(List<Path> paths, SourceFiles files, Hop hop, String name, Findings f)
            throws ImportException {
        if (hop.platform() != Platform.GKE_DEPLOYMENT) {
            throw ImportException.atFile(files.display(paths.get(0)), "k8s.platform", hop.id(), hop.platform());
        }
        List<Node> docs = new ArrayList<>();
        for (Path p : paths) {
            docs.addAll(Trees.yaml(files.read(p), files.display(p)));
        }
        Node deployment = chooseDeployment(docs, name, files.display(paths.get(0)));
        Map<String, String> podLabels = labels(deployment);
        for (Node doc : docs) {
            int start = f.size();
            String kind = doc.get("kind").map(n -> n.text()).orElse("");
            if (doc == deployment) {
                f.home(DEPLOYMENT_HOME, new Origin(doc.file(), origin(doc).line(), objectName(doc)));
                deployment(doc, hop, f);
            } else if (kind.equals("Service") && selects(doc.at("spec.selector"), podLabels)) {
                K8sService.read(doc, hop, f);
            } else if (kind.equals("PodDisruptionBudget") && selects(doc.at("spec.selector.matchLabels"), podLabels)) {
                pdb(doc, f);
            } else {
                f.irrelevant(origin(doc), kind.isEmpty() ? ReportText.of("k8s.noKind")
                        : ReportText.of("k8s.other", kind, doc.at("metadata.name").<Object>map(Node::text)
                                .orElse(ReportText.of("name.none"))));
            }
            f.sortByLineFrom(start);
        }
    }

    private static Node chooseDeployment(List<Node> docs, String name, String file) throws ImportException {
        List<Node> deployments = new ArrayList<>();
        for (Node d : docs) {
            if (d.get("kind").map(n -> "Deployment".equals(n.text())).orElse(false)) {
                deployments.add(d);
            }
        }
        return Choose.one(deployments, name, K8sImporter::objectName, new Origin(file, 0, ""), "Deployment");
    }

    private static void deployment(Node doc, Hop hop, Findings f) throws ImportException {
        MapWalk root = new MapWalk(doc);
        Node spec = root.take("spec").orElseThrow(() -> ImportException.at(origin(doc), "k8s.noSpec"));
        root.rest(f, Map.of("*", METADATA));
        MapWalk w = new MapWalk(spec);
        Node replicas = w.take("replicas").orElse(null);
        if (replicas != null) {
            f.set(replicas.origin(), Target.REPLICAS, replicas.integer());
        }
        w.seconds("minReadySeconds", RolloutSettings.MIN_READY, f);
        Node strategy = w.take("strategy").orElse(null);
        if (strategy != null) {
            RolloutFields.strategy(strategy, f);
        }
        Node template = w.take("template").orElse(null);
        if (template != null) {
            MapWalk t = new MapWalk(template);
            Node podSpec = t.take("spec").orElse(null);
            if (podSpec != null) {
                PodSpecReader.podSpec(podSpec, hop.kind(), f);
            }
            t.rest(f, Map.of("*", METADATA));
        }
        w.rest(f, Map.of("*", ReportText.of("k8s.deployment.rest")));
    }

    private static void pdb(Node doc, Findings f) throws ImportException {
        MapWalk root = new MapWalk(doc);
        Node spec = root.take("spec").orElse(null);
        root.rest(f, Map.of("*", METADATA));
        if (spec == null) {
            return;
        }
        MapWalk w = new MapWalk(spec);
        RolloutFields.scale(w, "minAvailable", RolloutSettings.PDB_MIN_AVAILABLE, f);
        w.take("selector");
        Node maxUnavailable = w.take("maxUnavailable").orElse(null);
        if (maxUnavailable != null) {
            f.notUnderstood(maxUnavailable.origin(), ReportText.of("pdb.maxUnavailable"));
        }
        w.rest(f, Map.of("unhealthyPodEvictionPolicy", ReportText.of("k8s.pdb.unhealthy")));
    }

    private static boolean selects(java.util.Optional<Node> selector, Map<String, String> podLabels) {
        if (selector.isEmpty() || selector.get().fields().isEmpty()) {
            return false;
        }
        for (Map.Entry<String, Node> e : selector.get().fields().entrySet()) {
            if (!String.valueOf(e.getValue().text()).equals(podLabels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> labels(Node deployment) {
        Map<String, String> out = new java.util.HashMap<>();
        deployment.at("spec.template.metadata.labels").ifPresent(l ->
                l.fields().forEach((k, v) -> out.put(k, v.text())));
        return out;
    }

    static String objectName(Node doc) {
        return doc.at("metadata.name").map(Node::text).orElse("(no name)");
    }

    static Origin origin(Node doc) {
        return new Origin(doc.file(), doc.get("kind").map(Node::line).orElse(doc.line()), "kind");
    }

    static TimeSpan seconds(Node n) throws ImportException {
        return TimeSpan.ofSeconds(n.integer());
    }
}
