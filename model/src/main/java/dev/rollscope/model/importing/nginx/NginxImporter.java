package dev.rollscope.model.importing.nginx;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.ReportText;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.Target;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.ProxySettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads nginx configuration for an nginx hop: the {@code http} context for an {@code NGINX_L7} hop
 * (main → http → the default server → the locations serving the request path, each inheriting
 * from the one around it, plus the upstream its {@code proxy_pass} names), the {@code stream}
 * context for an {@code NGINX_L4} hop (main → stream → the chosen server, plus its upstream).
 * Every directive is reported: applied, irrelevant (with why, or overridden by an inner one), or
 * not understood. A whole block that is not on the hop's path is reported once.
 */
public final class NginxImporter {

    private static final Set<String> NEXT_UPSTREAM_CONDITIONS = Set.of("error", "timeout", "non_idempotent", "off");

    private final Hop hop;
    private final String path;
    private final Findings findings;
    private final NginxOverrides overrides = new NginxOverrides();
    private final List<Pending> pending = new ArrayList<>();
    private int seq;

    private record Pending(int seq, Runnable emit) {
    }

    private NginxImporter(Hop hop, String path, Findings findings) {
        this.hop = hop;
        this.path = path;
        this.findings = findings;
    }

    /**
     * @param location the request path whose location applies ({@code /} when null); for a stream
     *                 hop, the {@code listen} address or port of the server to use (the first when null)
     * @throws ImportException when the hop is not an nginx hop, or a file or value is refused
     */
    public static void read(Path file, SourceFiles files, Hop hop, String location, Findings findings)
            throws ImportException {
        if (hop.kind() != HopKind.NGINX_L7 && hop.kind() != HopKind.NGINX_L4) {
            throw ImportException.atFile(files.display(file), "nginx.hopKind", hop.id(), hop.kind());
        }
        NginxParser.Config config = NginxParser.parse(file, files);
        NginxImporter im = new NginxImporter(hop, location, findings);
        for (NginxParser.IncludeNote inc : config.includes()) {
            ReportText what = inc.files().isEmpty() ? ReportText.of("nginx.include.none", inc.pattern())
                    : ReportText.of("nginx.include.read", inc.pattern(), String.join(", ", inc.files()));
            im.later(-1, () -> findings.irrelevant(inc.origin(), what));
        }
        im.main(config.directives());
        im.overrides.resolve(im::later, findings);
        im.pending.sort(Comparator.comparingInt(Pending::seq));
        im.pending.forEach(p -> p.emit().run());
    }

    private void later(int order, Runnable emit) {
        pending.add(new Pending(order, emit));
    }

    private int next() {
        return seq++;
    }

    private void main(List<Directive> ds) throws ImportException {
        boolean stream = hop.kind() == HopKind.NGINX_L4;
        for (Directive d : ds) {
            int s = next();
            switch (d.name()) {
                case "http":
                    if (stream) {
                        irrelevantBlock(s, d, ReportText.of("nginx.http.notOnPath", hop.id()));
                    } else {
                        http(d);
                    }
                    break;
                case "stream":
                    if (stream) {
                        stream(d);
                    } else {
                        irrelevantBlock(s, d, ReportText.of("nginx.stream.notOnPath", hop.id()));
                    }
                    break;
                case "events":
                    irrelevantBlock(s, d, ReportText.of("nginx.events"));
                    break;
                default:
                    directive(s, d, NginxRules.Context.MAIN, 0);
            }
        }
    }

    private void http(Directive http) throws ImportException {
        Directive server = NginxServers.chooseServer(http.children(), false, path);
        List<Directive> chain = server == null ? List.of() : NginxLocations.serving(server.children(), pathOrRoot());
        Directive upstream = NginxServers.upstreamFor(http.children(), chain.isEmpty() ? server : chain.get(chain.size() - 1));
        Directive home = !chain.isEmpty() ? chain.get(chain.size() - 1) : server != null ? server : http;
        findings.home("proxy", blockOrigin(home));
        if (upstream != null) {
            findings.home("upstream", blockOrigin(upstream));
        }
        for (Directive d : http.children()) {
            int s = next();
            if (d.name().equals("server") && d.isBlock()) {
                if (d == server) {
                    httpBlock(d.children(), 2, chain);
                } else {
                    irrelevantBlock(s, d, ReportText.of("nginx.server.notDefault", NginxServers.describe(server)));
                }
            } else if (d.name().equals("upstream") && d.isBlock()) {
                upstream(s, d, d == upstream);
            } else {
                directive(s, d, NginxRules.Context.HTTP, 1);
            }
        }
    }

    private void httpBlock(List<Directive> ds, int depth, List<Directive> chain) throws ImportException {
        for (Directive d : ds) {
            int s = next();
            if (d.name().equals("location") && d.isBlock()) {
                if (chain.contains(d)) {
                    httpBlock(d.children(), depth + 1, chain);
                } else {
                    irrelevantBlock(s, d, chain.isEmpty() ? ReportText.of("nginx.location.notServing", pathOrRoot())
                            : ReportText.of("nginx.location.notChosen", pathOrRoot(),
                                    chain.get(chain.size() - 1).title()));
                }
            } else if (d.name().equals("if") && d.isBlock()) {
                later(s, () -> findings.notUnderstood(blockOrigin(d), ReportText.of("nginx.if", notRead(d))));
            } else {
                directive(s, d, NginxRules.Context.HTTP, depth);
            }
        }
    }

    private void stream(Directive stream) throws ImportException {
        Directive server = NginxServers.chooseServer(stream.children(), true, path);
        Directive upstream = NginxServers.upstreamFor(stream.children(), server);
        findings.home("proxy", blockOrigin(server != null ? server : stream));
        if (upstream != null) {
            findings.home("upstream", blockOrigin(upstream));
        }
        for (Directive d : stream.children()) {
            int s = next();
            if (d.name().equals("server") && d.isBlock()) {
                if (d == server) {
                    for (Directive c : d.children()) {
                        directive(next(), c, NginxRules.Context.STREAM, 2);
                    }
                } else {
                    irrelevantBlock(s, d, ReportText.of("nginx.server.notChosen", NginxServers.describe(server)));
                }
            } else if (d.name().equals("upstream") && d.isBlock()) {
                upstream(s, d, d == upstream);
            } else {
                directive(s, d, NginxRules.Context.STREAM, 1);
            }
        }
    }

    private void upstream(int s, Directive upstream, boolean chosen) throws ImportException {
        if (!chosen) {
            irrelevantBlock(s, upstream, ReportText.of("nginx.upstream.notNamed"));
            return;
        }
        for (Directive d : upstream.children()) {
            int ds = next();
            if (d.name().equals("server")) {
                later(ds, () -> findings.irrelevant(d.origin(), ReportText.of("nginx.upstream.server", d.title())));
            } else {
                directive(ds, d, NginxRules.Context.UPSTREAM, 1);
            }
        }
    }

    private void directive(int s, Directive d, NginxRules.Context context, int depth) throws ImportException {
        if (context == NginxRules.Context.HTTP && d.name().equals("proxy_next_upstream")) {
            nextUpstream(s, d, depth);
            return;
        }
        NginxRules.Rule rule = NginxRules.rules(context).get(d.name());
        if (rule != null) {
            overrides.add(new NginxOverrides.Candidate(rule.target(), parse(d, rule), d, depth, s));
            return;
        }
        ReportText known = NginxRules.KNOWN_WITHOUT_SETTING.get(d.name());
        if (known != null) {
            later(s, () -> findings.irrelevant(d.origin(), known));
        } else if (d.isBlock()) {
            irrelevantOrUnknownBlock(s, d);
        } else if (NginxRules.irrelevant(d.name())) {
            later(s, () -> findings.irrelevant(d.origin(), ReportText.of("irrelevant.rollout")));
        } else {
            later(s, () -> findings.notUnderstood(d.origin(), ReportText.of("nginx.unknown")));
        }
    }

    private void irrelevantOrUnknownBlock(int s, Directive d) {
        if (Set.of("types", "map", "geo", "split_clients", "limit_except", "mail").contains(d.name())) {
            irrelevantBlock(s, d, ReportText.of("irrelevant.rollout"));
        } else {
            later(s, () -> findings.notUnderstood(blockOrigin(d), ReportText.of("nginx.unknownBlock", notRead(d))));
        }
    }

    private void nextUpstream(int s, Directive d, int depth) throws ImportException {
        boolean off = d.args().contains("off");
        boolean retry = !off && (d.args().contains("error") || d.args().contains("timeout"));
        overrides.add(new NginxOverrides.Candidate(Target.of(ProxySettings.NEXT_UPSTREAM), retry, d, depth, s));
        overrides.add(new NginxOverrides.Candidate(Target.of(ProxySettings.NEXT_UPSTREAM_NON_IDEMPOTENT),
                !off && d.args().contains("non_idempotent"), d, depth, s));
        List<String> other = new ArrayList<>(d.args());
        other.removeAll(NEXT_UPSTREAM_CONDITIONS);
        if (!other.isEmpty()) {
            later(s, () -> findings.notUnderstood(d.origin(), ReportText.of("nginx.nextUpstream.conditions",
                    String.join(" ", other))));
        }
    }

    private Object parse(Directive d, NginxRules.Rule rule) throws ImportException {
        if (d.args().isEmpty()) {
            throw ImportException.at(d.origin(), "nginx.needsValue");
        }
        try {
            return rule.parse().apply(d.arg());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ImportException(d.origin(), Refusal.of(e));
        }
    }

    private void irrelevantBlock(int s, Directive d, ReportText why) {
        later(s, () -> findings.irrelevant(blockOrigin(d), ReportText.of("nginx.block", why, notRead(d))));
    }

    private static ReportText notRead(Directive block) {
        int n = block.children().size();
        return n == 1 ? ReportText.of("nginx.notRead.one") : ReportText.of("nginx.notRead.many", n);
    }

    private static Origin blockOrigin(Directive d) {
        return new Origin(d.file(), d.line(), d.title());
    }

    private String pathOrRoot() {
        return path == null ? "/" : path;
    }
}
