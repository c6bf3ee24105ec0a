package dev.rollscope.model.importing.kong;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.ReportText;
import dev.rollscope.model.importing.Target;
import dev.rollscope.model.importing.tree.Choose;
import dev.rollscope.model.importing.tree.MapWalk;
import dev.rollscope.model.importing.tree.Node;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Map;

/**
 * Reads a decK declarative file ({@code kong.yaml}): the hop's service (the one named by
 * {@code name}, or the only one) with its timeouts and retries, and its routes' buffering
 * (domain.md §5). Upstreams, targets and health checks are reported: Rollscope's Kong front is the
 * ingress controller's target sync, not Kong's health checker.
 */
final class DeckFile {

    private DeckFile() {
    }

    static boolean looksLike(Node root) {
        return root.get("services").isPresent() || root.get("_format_version").isPresent()
                || root.get("upstreams").isPresent();
    }

    static void read(Node root, String name, Findings f) throws ImportException {
        MapWalk w = new MapWalk(root);
        Node services = w.take("services").orElse(null);
        Node chosen = services == null ? null
                : Choose.one(services.items(), name, DeckFile::serviceName, services.origin(), "service");
        for (Node s : services == null ? List.<Node>of() : services.items()) {
            if (s == chosen) {
                service(s, f);
            } else {
                f.irrelevant(s.origin(), ReportText.of("deck.service.other", label(s), label(chosen)));
            }
        }
        Node routes = w.take("routes").orElse(null);
        for (Node r : routes == null ? List.<Node>of() : routes.items()) {
            boolean mine = chosen != null && r.at("service.name").map(n -> serviceName(chosen).equals(n.text()))
                    .orElse(false);
            if (mine) {
                route(r, f);
            } else {
                f.irrelevant(r.origin(), ReportText.of("deck.route.other"));
            }
        }
        Node upstreams = w.take("upstreams").orElse(null);
        for (Node u : upstreams == null ? List.<Node>of() : upstreams.items()) {
            upstream(u, f);
        }
        ReportText tls = ReportText.of("deck.tls");
        w.rest(f, Map.of("_format_version", ReportText.of("deck._format_version"),
                "_transform", ReportText.of("deck._transform"), "_info", ReportText.of("deck._info"),
                "plugins", ReportText.of("deck.plugins"), "consumers", ReportText.of("deck.consumers"),
                "certificates", tls, "ca_certificates", tls, "snis", tls, "vaults", ReportText.of("deck.vaults")));
    }

    private static void service(Node s, Findings f) throws ImportException {
        MapWalk w = new MapWalk(s);
        millis(w, "connect_timeout", ProxySettings.CONNECT_TIMEOUT, f);
        millis(w, "write_timeout", ProxySettings.UPSTREAM_SEND_TIMEOUT, f);
        millis(w, "read_timeout", ProxySettings.UPSTREAM_READ_TIMEOUT, f);
        Node retries = w.take("retries").orElse(null);
        if (retries != null) {
            f.set(retries.origin(), Target.of(ProxySettings.RETRIES), retries.integer());
        }
        Node routes = w.take("routes").orElse(null);
        for (Node r : routes == null ? List.<Node>of() : routes.items()) {
            route(r, f);
        }
        w.rest(f, Map.of("*", ReportText.of("deck.service.rest")));
    }

    private static void route(Node r, Findings f) throws ImportException {
        MapWalk w = new MapWalk(r);
        flag(w, "request_buffering", ProxySettings.REQUEST_BUFFERING, f);
        flag(w, "response_buffering", ProxySettings.RESPONSE_BUFFERING, f);
        w.rest(f, Map.of("*", ReportText.of("deck.route.rest")));
    }

    private static void upstream(Node u, Findings f) {
        MapWalk w = new MapWalk(u);
        w.take("healthchecks").ifPresent(h -> f.irrelevant(h.origin(), ReportText.of("deck.healthchecks")));
        w.take("targets").ifPresent(t -> f.irrelevant(t.origin(),
                ReportText.of("deck.targets", t.items().size())));
        w.take("hash_on").ifPresent(h -> f.irrelevant(h.origin(), ReportText.of("deck.hashOn", h.text())));
        w.rest(f, Map.of("*", ReportText.of("deck.upstream.rest")));
    }

    private static void millis(MapWalk w, String key, Setting<TimeSpan> setting, Findings f) throws ImportException {
        Node n = w.take(key).orElse(null);
        if (n != null) {
            f.set(n.origin(), Target.of(setting), TimeSpan.ofMillis(n.integer()));
        }
    }

    private static void flag(MapWalk w, String key, Setting<Boolean> setting, Findings f) throws ImportException {
        Node n = w.take(key).orElse(null);
        if (n != null) {
            f.set(n.origin(), Target.of(setting), n.bool());
        }
    }

    /** A service's name for the report: its {@code name}, or "(no name)" in the report's language. */
    private static Object label(Node s) {
        return s.get("name").<Object>map(Node::text).orElse(ReportText.of("name.none"));
    }

    static String serviceName(Node s) {
        return s == null ? "none" : s.get("name").map(Node::text).orElse("(no name)");
    }
}
