package dev.rollscope.model.importing.fix;

import dev.rollscope.model.importing.ConfigKind;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.Provenance;
import dev.rollscope.model.importing.gcloud.GcloudNames;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.ReplacementMethod;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A fix on a GCP load balancer or a managed instance group as a {@code gcloud} command, or a VM's
 * service unit as a systemd drop-in (domain.md §1, §2, §3, §7). Resources imported from
 * {@code gcloud … describe} JSON are named as they are there ({@link GcloudNames}); words in capitals
 * are placeholders for what the project does not know (the others' names and scopes, a health check's
 * protocol, the new instance template), and where the change goes names them.
 */
final class GcloudFix {

    /** A placeholder in a command: a word in capitals (gcloud's own flags and values are lower case). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

    private GcloudFix() {
    }

    static Optional<ConfigChange> render(Hop hop, Setting<?> s, Object v, Provenance provenance, Locale locale) {
        String scope = hop.front() == FrontKind.GCP_EXTERNAL_ALB ? "--global" : "--region=REGION";
        String bs = "gcloud compute backend-services update "
                + named(hop, provenance, GcloudNames.BACKEND_SERVICE, "BACKEND_SERVICE", scope);
        // A backend service's JSON names its health check, not the check's protocol (http, tcp, …).
        String hc = "gcloud compute health-checks update PROTOCOL "
                + named(hop, provenance, GcloudNames.HEALTH_CHECK, "HEALTH_CHECK", scope);
        String mig = "gcloud compute instance-groups managed rolling-action start-update "
                + mig(hop, provenance).replace(" ", " --version=template=NEW_TEMPLATE ");
        String command;
        if (s.equals(FrontSettings.BACKEND_TIMEOUT)) {
            command = bs + " --timeout=" + FixValues.seconds((TimeSpan) v);
        } else if (s.equals(FrontSettings.DRAIN_TIMEOUT)) {
            command = bs + " --connection-draining-timeout=" + FixValues.seconds((TimeSpan) v);
        } else if (s.equals(FrontSettings.HEALTH_CHECK_INTERVAL)) {
            command = hc + " --check-interval=" + FixValues.seconds((TimeSpan) v) + "s";
        } else if (s.equals(FrontSettings.HEALTH_CHECK_TIMEOUT)) {
            command = hc + " --timeout=" + FixValues.seconds((TimeSpan) v) + "s";
        } else if (s.equals(FrontSettings.HEALTHY_THRESHOLD)) {
            command = hc + " --healthy-threshold=" + v;
        } else if (s.equals(FrontSettings.UNHEALTHY_THRESHOLD)) {
            command = hc + " --unhealthy-threshold=" + v;
        } else if (s.equals(FrontSettings.CONNTRACK_IDLE_TIMEOUT)) {
            return Optional.of(new ConfigChange(ConfigChange.Syntax.YAML, FixWords.of(locale, "where.backendService.export"),
                    "connectionTrackingPolicy:\n  idleTimeoutSec: "
                    + FixValues.seconds((TimeSpan) v) + "\n", false));
        } else if (s.equals(FrontSettings.RETRIES)) {
            return Optional.of(new ConfigChange(ConfigChange.Syntax.YAML, FixWords.of(locale, "where.urlMap.export"),
                    "defaultRouteAction:\n  retryPolicy:\n    numRetries: " + v + "\n", false));
        } else if (s.equals(RolloutSettings.MAX_SURGE) || s.equals(RolloutSettings.MAX_UNAVAILABLE)) {
            String flag = s.equals(RolloutSettings.MAX_SURGE) ? "--max-surge=" : "--max-unavailable=";
            command = mig + " " + flag + ((Scale) v);
        } else if (s.equals(RolloutSettings.MIN_READY)) {
            command = mig + " --min-ready=" + FixValues.seconds((TimeSpan) v) + "s";
        } else if (s.equals(RolloutSettings.REPLACEMENT_METHOD)) {
            command = mig + " --replacement-method=" + ((ReplacementMethod) v).name().toLowerCase(Locale.ROOT);
        } else if (s.equals(LifecycleSettings.STOP_ESCALATION) && !((TimeSpan) v).isNone()) {
            long n = FixValues.seconds((TimeSpan) v);
            return Optional.of(new ConfigChange(ConfigChange.Syntax.SYSTEMD, "systemctl edit nginx",
                    "[Service]\nExecStop=\nExecStop=-/sbin/start-stop-daemon --quiet --stop --retry QUIT/" + n
                            + " --pidfile /run/nginx.pid\nTimeoutStopSec=" + n + "\n", false));
        } else {
            return Optional.empty();
        }
        String where = FixWords.of(locale, command.contains("backend-services") ? "where.backendService"
                : command.contains("health-checks") ? "where.healthCheck" : "where.mig", hop.id());
        return Optional.of(command(where, command, locale));
    }

    /** {@code gcloud compute instance-groups managed resize}. */
    static ConfigChange resize(Hop hop, int n, Provenance provenance, Locale locale) {
        return command(FixWords.of(locale, "where.mig", hop.id()),
                "gcloud compute instance-groups managed resize " + mig(hop, provenance) + " --size=" + n, locale);
    }

    /** A gcloud command; where it goes names the placeholders in it, the values the project does not know. */
    private static ConfigChange command(String where, String command, Locale locale) {
        List<String> unknown = PLACEHOLDER.matcher(command).results().map(MatchResult::group).distinct().toList();
        return new ConfigChange(ConfigChange.Syntax.GCLOUD, unknown.isEmpty() ? where
                : FixWords.of(locale, "where.unknown", where, String.join(", ", unknown)), command + "\n", false);
    }

    /** The hop's MIG and its scope flag. */
    private static String mig(Hop hop, Provenance provenance) {
        return named(hop, provenance, GcloudNames.INSTANCE_GROUP_MANAGER, "MIG", "--region=REGION");
    }

    /** The imported resource's name and scope flag, else the placeholder and the usual scope. */
    private static String named(Hop hop, Provenance provenance, String context, String placeholder, String scope) {
        String name = provenance.home(hop.id(), ConfigKind.GCLOUD, context).map(Origin::name).orElse(placeholder);
        String flag = provenance.home(hop.id(), ConfigKind.GCLOUD, context + GcloudNames.SCOPE).map(Origin::name)
                .orElse(scope);
        return name + " " + flag;
    }
}
