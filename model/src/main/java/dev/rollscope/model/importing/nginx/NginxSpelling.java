package dev.rollscope.model.importing.nginx;

import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Setting;
import java.util.Map;
import java.util.Optional;

/** How nginx spells a hop setting, the reverse of the importer's rules: for fixes given as directives. */
public final class NginxSpelling {

    /**
     * @param directive the directive's name
     * @param context   {@code main}, {@code proxy} (http location/server/http, or the stream
     *                  server) or {@code upstream}
     */
    public record Spelling(String directive, String context) {
    }

    private NginxSpelling() {
    }

    /** The directive that sets {@code setting} on an nginx hop of this kind, if nginx has one. */
    public static Optional<Spelling> of(Setting<?> setting, HopKind kind) {
        if (setting.equals(ProxySettings.NEXT_UPSTREAM_NON_IDEMPOTENT)
                || setting.equals(ProxySettings.NEXT_UPSTREAM) && kind == HopKind.NGINX_L7) {
            return Optional.of(new Spelling("proxy_next_upstream", "proxy"));
        }
        Optional<Spelling> s = find(NginxRules.MAIN, setting, "main");
        if (s.isPresent()) {
            return s;
        }
        if (kind == HopKind.NGINX_L4) {
            return find(NginxRules.STREAM, setting, "proxy");
        }
        return find(NginxRules.HTTP, setting, "proxy").or(() -> find(NginxRules.UPSTREAM, setting, "upstream"));
    }

    private static Optional<Spelling> find(Map<String, NginxRules.Rule> rules, Setting<?> setting, String context) {
        return rules.entrySet().stream().filter(e -> e.getValue().setting().equals(setting)).map(Map.Entry::getKey)
                .sorted().findFirst().map(d -> new Spelling(d, context));
    }
}
