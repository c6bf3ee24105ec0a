package dev.rollscope.model.importing.nginx;

import java.util.List;
import java.util.Optional;

/** Which {@code server} and {@code upstream} blocks of a configuration are on a hop's path, as nginx chooses them. */
final class NginxServers {

    private NginxServers() {
    }

    /**
     * The server that serves the hop: for a stream hop the one listening on {@code path} (an address
     * or port) when asked, for an http hop the {@code default_server}; else the first.
     */
    static Directive chooseServer(List<Directive> ds, boolean stream, String path) {
        Directive first = null;
        for (Directive d : ds) {
            if (!d.name().equals("server") || !d.isBlock()) {
                continue;
            }
            if (first == null) {
                first = d;
            }
            for (Directive l : d.children()) {
                if (!l.name().equals("listen")) {
                    continue;
                }
                boolean asked = stream && path != null && (l.arg().equals(path) || l.arg().endsWith(":" + path));
                if (asked || !stream && l.args().contains("default_server")) {
                    return d;
                }
            }
        }
        return first;
    }

    /** The upstream block that the {@code proxy_pass} of {@code from} names, or null. */
    static Directive upstreamFor(List<Directive> ds, Directive from) {
        if (from == null) {
            return null;
        }
        Optional<String> name = from.children().stream().filter(d -> d.name().equals("proxy_pass")).findFirst()
                .flatMap(d -> NginxLocations.upstreamName(d.arg()));
        if (name.isEmpty()) {
            return null;
        }
        return ds.stream().filter(d -> d.name().equals("upstream") && d.isBlock() && d.arg().equals(name.get()))
                .findFirst().orElse(null);
    }

    /** Where the chosen server is and how it listens, for a message. */
    static String describe(Directive server) {
        String listen = server.children().stream().filter(d -> d.name().equals("listen")).findFirst()
                .map(Directive::title).orElse("no listen");
        return "the chosen server is at " + server.origin().where() + ", " + listen;
    }
}
