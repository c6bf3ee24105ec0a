package dev.rollscope.model.importing.fix;

import dev.rollscope.model.importing.ImportedSetting;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.kong.KongProperties;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fix as a YAML change: a Kubernetes Deployment (or PodDisruptionBudget) patch, the Kong Helm
 * chart's values, or a decK file. A value imported from a file is changed where it is (a diff);
 * otherwise the patch is written as nested YAML from the field's path.
 */
final class YamlFix {

    /** Which YAML the fix goes to. */
    enum Flavour { DEPLOYMENT, HELM, DECK }

    private static final String CONTAINER = "spec.template.spec.containers[0].";

    private static final Map<Setting<?>, String> DEPLOYMENT = Map.ofEntries(
            Map.entry(RolloutSettings.MAX_SURGE, "spec.strategy.rollingUpdate.maxSurge"),
            Map.entry(RolloutSettings.MAX_UNAVAILABLE, "spec.strategy.rollingUpdate.maxUnavailable"),
            Map.entry(RolloutSettings.MIN_READY, "spec.minReadySeconds"),
            Map.entry(RolloutSettings.PDB_MIN_AVAILABLE, "spec.minAvailable"),
            Map.entry(LifecycleSettings.TERMINATION_GRACE_PERIOD, "spec.template.spec.terminationGracePeriodSeconds"),
            Map.entry(LifecycleSettings.READINESS_INITIAL_DELAY, CONTAINER + "readinessProbe.initialDelaySeconds"),
            Map.entry(LifecycleSettings.READINESS_PERIOD, CONTAINER + "readinessProbe.periodSeconds"),
            Map.entry(LifecycleSettings.READINESS_SUCCESS_THRESHOLD, CONTAINER + "readinessProbe.successThreshold"),
            Map.entry(LifecycleSettings.PRE_STOP_SLEEP, CONTAINER + "lifecycle.preStop.exec.command"),
            Map.entry(LifecycleSettings.KONG_QUIT_WAIT, CONTAINER + "lifecycle.preStop.exec.command"),
            Map.entry(LifecycleSettings.KONG_QUIT_TIMEOUT, CONTAINER + "lifecycle.preStop.exec.command"));

    private static final Map<Setting<?>, String> HELM = Map.ofEntries(
            Map.entry(RolloutSettings.MAX_SURGE, "updateStrategy.rollingUpdate.maxSurge"),
            Map.entry(RolloutSettings.MAX_UNAVAILABLE, "updateStrategy.rollingUpdate.maxUnavailable"),
            Map.entry(RolloutSettings.MIN_READY, "deployment.minReadySeconds"),
            Map.entry(RolloutSettings.PDB_MIN_AVAILABLE, "podDisruptionBudget.minAvailable"),
            Map.entry(LifecycleSettings.TERMINATION_GRACE_PERIOD, "terminationGracePeriodSeconds"),
            Map.entry(LifecycleSettings.READINESS_INITIAL_DELAY, "readinessProbe.initialDelaySeconds"),
            Map.entry(LifecycleSettings.READINESS_PERIOD, "readinessProbe.periodSeconds"),
            Map.entry(LifecycleSettings.READINESS_SUCCESS_THRESHOLD, "readinessProbe.successThreshold"),
            Map.entry(LifecycleSettings.KONG_QUIT_WAIT, "lifecycle.preStop.exec.command"),
            Map.entry(LifecycleSettings.KONG_QUIT_TIMEOUT, "lifecycle.preStop.exec.command"));

    private static final Map<Setting<?>, String> DECK = Map.of(
            ProxySettings.CONNECT_TIMEOUT, "services[0].connect_timeout",
            ProxySettings.UPSTREAM_SEND_TIMEOUT, "services[0].write_timeout",
            ProxySettings.UPSTREAM_READ_TIMEOUT, "services[0].read_timeout",
            ProxySettings.RETRIES, "services[0].retries",
            ProxySettings.REQUEST_BUFFERING, "services[0].routes[0].request_buffering",
            ProxySettings.RESPONSE_BUFFERING, "services[0].routes[0].response_buffering");

    private YamlFix() {
    }

    /** The field path of a setting in a flavour, or for a Kong property {@code env.PROPERTY} in Helm values. */
    static Optional<String> path(Setting<?> setting, Flavour flavour) {
        Optional<String> p = Optional.ofNullable(switch (flavour) {
            case DEPLOYMENT -> DEPLOYMENT.get(setting);
            case HELM -> HELM.get(setting);
            case DECK -> DECK.get(setting);
        });
        if (p.isEmpty() && flavour == Flavour.HELM) {
            return KongProperties.propertyFor(setting).map(k -> "env." + k);
        }
        return p;
    }

    /** The YAML value of a setting in a flavour (the whole preStop command for the preStop settings). */
    static String value(Setting<?> setting, Object v, Flavour flavour, TimeSpan quitWait, TimeSpan quitTimeout) {
        if (setting.equals(LifecycleSettings.PRE_STOP_SLEEP)) {
            return "[\"sleep\", \"" + FixValues.seconds((TimeSpan) v) + "\"]";
        }
        if (setting.equals(LifecycleSettings.KONG_QUIT_WAIT) || setting.equals(LifecycleSettings.KONG_QUIT_TIMEOUT)) {
            return "[\"kong\", \"quit\", \"--wait=" + FixValues.seconds(quitWait) + "\", \"--timeout="
                    + FixValues.seconds(quitTimeout) + "\"]";
        }
        if (flavour == Flavour.DECK && v instanceof TimeSpan) {
            return Long.toString(((TimeSpan) v).millis());
        }
        if (flavour == Flavour.HELM && KongProperties.propertyFor(setting).isPresent() && HELM.get(setting) == null) {
            return "\"" + KongProperties.format(setting, v) + "\"";
        }
        return FixValues.yamlSeconds(v);
    }

    /** A diff of the imported line, when the value can be changed in place. */
    static Optional<String> diff(ImportedSetting from, Setting<?> setting, String yamlValue, Object v,
                                 SourceFiles files) {
        Origin o = from.origin();
        if (setting.equals(LifecycleSettings.KONG_QUIT_WAIT)) {
            return TextEdit.replace(files, o, Pattern.compile("(--wait[=\\s]+)(\\d+)"),
                    Long.toString(FixValues.seconds((TimeSpan) v)), 8);
        }
        if (setting.equals(LifecycleSettings.KONG_QUIT_TIMEOUT)) {
            return TextEdit.replace(files, o, Pattern.compile("(--timeout[=\\s]+)(\\d+)"),
                    Long.toString(FixValues.seconds((TimeSpan) v)), 8);
        }
        if (setting.equals(LifecycleSettings.PRE_STOP_SLEEP)) {
            return TextEdit.replace(files, o, Pattern.compile("(sleep\\s+)(\\d+)"),
                    Long.toString(FixValues.seconds((TimeSpan) v)), 8);
        }
        String name = o.name();
        String key = name.substring(name.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        return TextEdit.replace(files, o, Pattern.compile("(\\b" + Pattern.quote(key)
                + "\\s*:\\s*)(\"[^\"]*\"|'[^']*'|[^,}\\s#]+)"), yamlValue, 0);
    }

    /** The patch as nested YAML: {@code a.b[0].c} with value {@code v}. */
    static String nested(String path, String value) {
        StringBuilder sb = new StringBuilder();
        String indent = "";
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean item = part.endsWith("[0]");
            String key = item ? part.substring(0, part.length() - 3) : part;
            boolean last = i == parts.length - 1;
            sb.append(indent).append(key).append(':').append(last ? " " + value : "").append('\n');
            if (item) {
                String name = key.equals("containers") ? "name: CONTAINER  # the hop's container" : "name: NAME";
                sb.append(indent).append("- ").append(name).append('\n');
            }
            indent += "  ";
        }
        return sb.toString();
    }
}
