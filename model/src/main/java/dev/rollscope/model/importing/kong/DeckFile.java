package dev.rollscope.model.importing.kong;

import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
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
                f.irrelevant(s.origin(), "service " + serviceName(s) + ": not the hop's service ("
                        + serviceName(chosen) + ")");
            }
        }
        Node routes = w.take("routes").orElse(null);
        for (Node r : routes == null ? List.<Node>of() : routes.items()) {
            boolean mine = chosen != null && r.at("service.name").map(n -> serviceName(chosen).equals(n.text()))
                    .orElse(false);
            if (mine) {
                route(r, f);
            } else {
                f.irrelevant(r.origin(), "a route of another service");
            }
        }
        Node upstreams = w.take("upstreams").orElse(null);
        for (Node u : upstreams == null ? List.<Node>of() : upstreams.items()) {
            upstream(u, f);
        }
        w.rest(f, Map.of("_format_version", "decK file format version", "_transform", "decK option",
                "_info", "decK metadata", "plugins", "plugins are not simulated",
                "consumers", "consumers are not simulated", "certificates", "TLS material; not simulated",
                "ca_certificates", "TLS material; not simulated", "snis", "TLS material; not simulated",
                "vaults", "secrets; not simulated"));
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
        w.rest(f, Map.of("*", "where and how the service is reached; not a timing"));
    }

    private static void route(Node r, Findings f) throws ImportException {
        MapWalk w = new MapWalk(r);
        flag(w, "request_buffering", ProxySettings.REQUEST_BUFFERING, f);
        flag(w, "response_buffering", ProxySettings.RESPONSE_BUFFERING, f);
        w.rest(f, Map.of("*", "how the route matches requests; not simulated"));
    }

    private static void upstream(Node u, Findings f) {
        MapWalk w = new MapWalk(u);
        w.take("healthchecks").ifPresent(h -> f.irrelevant(h.origin(), "Kong's own health checks; Rollscope's Kong "
                + "front follows the ingress controller's target sync (domain.md §5), not these"));
        w.take("targets").ifPresent(t -> f.irrelevant(t.origin(), t.items().size() + " targets: the next hop's "
                + "instances, which the ingress controller keeps in sync (domain.md §5)"));
        w.rest(f, Map.of("*", "how Kong balances over targets; a request in flight is not moved (domain.md §12)"));
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

    static String serviceName(Node s) {
        return s == null ? "none" : s.get("name").map(Node::text).orElse("(no name)");
    }
}
