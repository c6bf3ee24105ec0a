package dev.rollscope.model.importing.kong;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.importing.Findings;
import dev.rollscope.model.importing.ImportException;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.ReportText;
import dev.rollscope.model.importing.Target;
import dev.rollscope.model.importing.nginx.NginxValues;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Kong configuration properties as {@code kong.conf} spells them (and {@code KONG_*} environment
 * variables and the Helm chart's {@code env:} map, which are the same properties): which set a hop
 * setting (domain.md §5, §15: {@code nginx_http_*} / {@code nginx_proxy_*} inject nginx directives),
 * and which Rollscope knows to be irrelevant.
 */
public final class KongProperties {

    private record Rule(Setting<?> setting, Function<String, Object> parse) {
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            injected("client_body_timeout", ProxySettings.CLIENT_BODY_TIMEOUT),
            injected("client_header_timeout", ProxySettings.CLIENT_HEADER_TIMEOUT),
            injected("send_timeout", ProxySettings.SEND_TIMEOUT),
            injected("keepalive_timeout", ProxySettings.KEEPALIVE_TIMEOUT),
            Map.entry("nginx_http_client_max_body_size", new Rule(ProxySettings.CLIENT_MAX_BODY_SIZE, NginxValues::size)),
            Map.entry("upstream_keepalive_pool_size", new Rule(ProxySettings.UPSTREAM_KEEPALIVE, NginxValues::count)),
            Map.entry("upstream_keepalive_idle_timeout", new Rule(ProxySettings.UPSTREAM_KEEPALIVE_TIMEOUT,
                    v -> TimeSpan.ofSeconds(NginxValues.count(v)))),
            Map.entry("nginx_main_worker_shutdown_timeout", new Rule(ProxySettings.WORKER_SHUTDOWN_TIMEOUT,
                    NginxValues::time)));

    private static final Map<String, ReportText> KNOWN = Map.ofEntries(known("nginx_proxy_proxy_request_buffering"),
            known("nginx_proxy_proxy_buffering"), known("upstream_keepalive_max_requests"),
            known("nginx_http_keepalive_requests"), known("nginx_http_client_body_buffer_size"),
            known("nginx_worker_processes"), known("database"), known("router_flavor"), known("prefix"),
            known("declarative_config"), known("plugins"), known("proxy_listen"), known("admin_listen"),
            known("status_listen"), known("log_level"), known("role"));

    private static final List<String> IRRELEVANT_SUFFIXES = List.of("_access_log", "_error_log");
    private static final List<String> IRRELEVANT_PREFIXES = List.of("pg_", "cluster_", "lua_", "ssl_", "admin_",
            "portal_", "dns_", "vitals", "anonymous_reports", "headers", "trusted_ips", "real_ip_");

    private KongProperties() {
    }

    private static Map.Entry<String, ReportText> known(String property) {
        return Map.entry(property, ReportText.of("kong.known." + property));
    }

    private static Map.Entry<String, Rule> injected(String directive, Setting<?> setting) {
        return Map.entry("nginx_http_" + directive, new Rule(setting, NginxValues::time));
    }

    /** The property a {@code KONG_*} environment variable stands for. */
    public static String fromEnv(String variable) {
        return variable.substring("KONG_".length()).toLowerCase(Locale.ROOT);
    }

    /** The {@code KONG_*} environment variable of a property. */
    public static String toEnv(String property) {
        return "KONG_" + property.toUpperCase(Locale.ROOT);
    }

    /**
     * The property that sets a setting, for fixes: the {@code nginx_http_*} spelling where there are two.
     */
    public static java.util.Optional<String> propertyFor(Setting<?> setting) {
        return RULES.entrySet().stream().filter(e -> e.getValue().setting().equals(setting))
                .map(Map.Entry::getKey).filter(k -> !k.startsWith("nginx_proxy_")).sorted().findFirst();
    }

    /** A value as the property takes it: nginx times and sizes, seconds for the upstream idle timeout. */
    public static String format(Setting<?> setting, Object value) {
        if (setting.equals(ProxySettings.UPSTREAM_KEEPALIVE_TIMEOUT)) {
            TimeSpan t = (TimeSpan) value;
            return Long.toString(t.millis() == 0 ? 0 : (t.millis() + 999) / 1000);
        }
        if (value instanceof TimeSpan) {
            return NginxValues.format((TimeSpan) value);
        }
        if (value instanceof dev.rollscope.model.units.ByteSize) {
            return NginxValues.format((dev.rollscope.model.units.ByteSize) value);
        }
        return String.valueOf(value);
    }

    /** Reports one property (origin's name is how the file spells it) and its value. */
    public static void read(Origin origin, String property, String value, Findings f) throws ImportException {
        String key = property.startsWith("nginx_proxy_") && RULES.containsKey("nginx_http_"
                + property.substring("nginx_proxy_".length())) ? "nginx_http_" + property.substring(12) : property;
        Rule rule = RULES.get(key);
        if (rule != null) {
            try {
                f.set(origin, Target.of(rule.setting()), rule.parse().apply(value.trim()));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new ImportException(origin, Refusal.of(e));
            }
            return;
        }
        ReportText known = KNOWN.get(property);
        if (known != null) {
            f.irrelevant(origin, known);
        } else if (IRRELEVANT_SUFFIXES.stream().anyMatch(property::endsWith)
                || IRRELEVANT_PREFIXES.stream().anyMatch(property::startsWith)) {
            f.irrelevant(origin, ReportText.of("irrelevant.rollout"));
        } else {
            f.notUnderstood(origin, ReportText.of("kong.unknown"));
        }
    }
}
