package dev.rollscope.model.importing.gcloud;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.ReportText;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.Target;
import dev.rollscope.model.importing.tree.Choose;
import dev.rollscope.model.importing.tree.MapWalk;
import dev.rollscope.model.importing.tree.Node;
import dev.rollscope.model.importing.tree.Trees;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ReplacementMethod;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.SessionAffinity;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads {@code gcloud compute backend-services describe --format=json} (domain.md §1, §3) and
 * {@code gcloud compute instance-groups managed describe --format=json} (§7) for a hop, and also
 * the API's list responses ({@code items}) when they hold the one resource wanted (or {@code name}
 * picks it).
 */
public final class GcloudImporter {

    private GcloudImporter() {
    }

    public static void read(Path path, SourceFiles files, Hop hop, String name, Findings f) throws ImportException {
        String file = files.display(path);
        Node root = Trees.json(files.read(path), file);
        int start = f.size();
        Node resource = root.get("items").isPresent() ? choose(root, name, f) : root;
        String kind = resource.get("kind").map(Node::text).orElse("");
        if (kind.equals("compute#backendService") || resource.get("connectionDraining").isPresent()) {
            if (!hop.front().isGcp()) {
                throw ImportException.atFile(file, "gcloud.front", hop.id(), hop.front());
            }
            GcloudNames.backendService(resource, f);
            backendService(resource, hop, f);
        } else if (kind.equals("compute#instanceGroupManager") || resource.get("updatePolicy").isPresent()) {
            if (hop.platform() != Platform.GCE_MIG) {
                throw ImportException.atFile(file, "gcloud.platform", hop.id(), hop.platform());
            }
            GcloudNames.instanceGroupManager(resource, f);
            instanceGroupManager(resource, f);
        } else {
            throw ImportException.atFile(file, "gcloud.neither", kind);
        }
        f.sortByLineFrom(start);
    }

    private static Node choose(Node list, String name, Findings f) throws ImportException {
        Node items = list.get("items").get();
        Node chosen = Choose.one(items.items(), name, n -> n.get("name").map(Node::text).orElse(""), items.origin(),
                "item");
        for (Map.Entry<String, Node> e : list.fields().entrySet()) {
            if (!e.getKey().equals("items")) {
                f.irrelevant(e.getValue().origin(), ReportText.of("gcloud.listMetadata"));
            }
        }
        for (Node item : list.get("items").get().items()) {
            if (item != chosen) {
                f.irrelevant(item.origin(), ReportText.of("gcloud.otherItem"));
            }
        }
        return chosen;
    }

    private static void backendService(Node bs, Hop hop, Findings f) throws ImportException {
        MapWalk w = new MapWalk(bs);
        w.seconds("timeoutSec", FrontSettings.BACKEND_TIMEOUT, f);
        Node draining = w.take("connectionDraining").orElse(null);
        if (draining != null) {
            MapWalk d = new MapWalk(draining);
            d.seconds("drainingTimeoutSec", FrontSettings.DRAIN_TIMEOUT, f);
            d.rest(f, Map.of());
        }
        Node tracking = w.take("connectionTrackingPolicy").orElse(null);
        if (tracking != null) {
            MapWalk t = new MapWalk(tracking);
            t.seconds("idleTimeoutSec", FrontSettings.CONNTRACK_IDLE_TIMEOUT, f);
            t.rest(f, Map.of("*", ReportText.of("gcloud.tracking.rest")));
        }
        Node scheme = w.take("loadBalancingScheme").orElse(null);
        if (scheme != null) {
            String s = scheme.scalar();
            boolean external = s.startsWith("EXTERNAL");
            if (external == (hop.front() == FrontKind.GCP_EXTERNAL_ALB)) {
                f.irrelevant(scheme.origin(), ReportText.of("gcloud.scheme.matches", s, hop.front()));
            } else {
                f.notUnderstood(scheme.origin(), ReportText.of("gcloud.scheme.mismatch", s, hop.front()));
            }
        }
        affinity(w, hop, f);
        w.take("healthChecks").ifPresent(n -> f.irrelevant(n.origin(), ReportText.of("gcloud.healthChecks")));
        w.rest(f, Map.of("*", ReportText.of("gcloud.backendService.rest")));
    }

    /** {@code sessionAffinity} and {@code affinityCookieTtlSec} (domain.md §12). */
    private static void affinity(MapWalk w, Hop hop, Findings f) throws ImportException {
        Node n = w.take("sessionAffinity").orElse(null);
        if (n != null) {
            SessionAffinity a;
            try {
                a = SessionAffinity.valueOf(n.scalar());
            } catch (IllegalArgumentException e) {
                throw ImportException.at(n.origin(), "gcloud.affinity", n.scalar());
            }
            if (a.allowedBehind(hop.front())) {
                f.set(n.origin(), Target.of(FrontSettings.SESSION_AFFINITY), a);
            } else {
                f.notUnderstood(n.origin(), ReportText.of("gcloud.affinity.notOffered", a, hop.front()));
            }
        }
        if (hop.settings().has(FrontSettings.AFFINITY_COOKIE_TTL)) {
            w.seconds("affinityCookieTtlSec", FrontSettings.AFFINITY_COOKIE_TTL, f);
        }
    }

    private static void instanceGroupManager(Node mig, Findings f) throws ImportException {
        MapWalk w = new MapWalk(mig);
        Node size = w.take("targetSize").orElse(null);
        if (size != null) {
            f.set(size.origin(), Target.REPLICAS, size.integer());
        }
        Node zones = w.take("distributionPolicy").flatMap(d -> d.get("zones")).orElse(null);
        if (zones != null) {
            f.set(zones.origin(), Target.of(RolloutSettings.ZONES), zones.items().size());
        }
        Node policy = w.take("updatePolicy").orElse(null);
        if (policy != null) {
            updatePolicy(policy, f);
        }
        w.rest(f, Map.of("*", ReportText.of("gcloud.mig.rest")));
    }

    private static void updatePolicy(Node policy, Findings f) throws ImportException {
        MapWalk w = new MapWalk(policy);
        fixedOrPercent(w, "maxSurge", RolloutSettings.MAX_SURGE, f);
        fixedOrPercent(w, "maxUnavailable", RolloutSettings.MAX_UNAVAILABLE, f);
        w.seconds("minReadySec", RolloutSettings.MIN_READY, f);
        Node method = w.take("replacementMethod").orElse(null);
        if (method != null) {
            try {
                f.set(method.origin(), Target.of(RolloutSettings.REPLACEMENT_METHOD),
                        ReplacementMethod.valueOf(method.scalar()));
            } catch (IllegalArgumentException e) {
                throw ImportException.at(method.origin(), "gcloud.method", method.scalar());
            }
        }
        Node action = w.take("minimalAction").orElse(null);
        if (action != null) {
            if (action.scalar().equals("REPLACE")) {
                f.irrelevant(action.origin(), ReportText.of("gcloud.replace"));
            } else {
                f.notUnderstood(action.origin(), ReportText.of("gcloud.minimalAction.other", action.scalar()));
            }
        }
        w.take("type").ifPresent(n -> f.irrelevant(n.origin(), ReportText.of("gcloud.type", n.text())));
        w.rest(f, Map.of("*", ReportText.of("gcloud.updatePolicy.rest")));
    }

    /** A FixedOrPercent: {@code fixed}, or {@code percent}; {@code calculated} is the API's own result. */
    private static void fixedOrPercent(MapWalk w, String key, Setting<Scale> setting, Findings f)
            throws ImportException {
        Node n = w.take(key).orElse(null);
        if (n == null) {
            return;
        }
        MapWalk v = new MapWalk(n);
        Node fixed = v.take("fixed").orElse(null);
        Node percent = v.take("percent").orElse(null);
        if (fixed != null) {
            f.set(fixed.origin(), Target.of(setting), Scale.count(fixed.integer()));
        } else if (percent != null) {
            int p = percent.integer();
            if (p > 100) {
                throw ImportException.at(percent.origin(), "gcloud.percent", p);
            }
            f.set(percent.origin(), Target.of(setting), Scale.percent(p));
        }
        v.rest(f, Map.of("calculated", ReportText.of("gcloud.calculated")));
    }

}
