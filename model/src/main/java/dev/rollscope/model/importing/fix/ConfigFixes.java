package dev.rollscope.model.importing.fix;

import dev.rollscope.model.importing.ConfigKind;
import dev.rollscope.model.importing.ImportedSetting;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.Provenance;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.k8s.K8sImporter;
import dev.rollscope.model.importing.kong.KongProperties;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.SettingCatalog;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a fix ({@link SettingChange}: a hop, a setting, a new value) into the change to the
 * user's configuration, in its own syntax: an nginx directive in the right block, a Kubernetes,
 * Kong Helm or decK YAML patch, a {@code kong.conf} line, a {@code gcloud} command or a systemd
 * drop-in. When the setting was imported ({@link Provenance}), the change is a unified diff of
 * that file where the file's syntax allows it.
 */
public final class ConfigFixes {

    /** The placeholder for a Deployment whose name the project does not know. */
    private static final String DEPLOYMENT = "DEPLOYMENT";

    private ConfigFixes() {
    }

    /** {@link #render(SettingChange, Topology, Provenance, SourceFiles, Locale)} in English. */
    public static ConfigChange render(SettingChange change, Topology topology, Provenance provenance,
                                      SourceFiles files) {
        return render(change, topology, provenance, files, Locale.ENGLISH);
    }

    /**
     * @param files  resolves the file names of {@code provenance} (the project's directory)
     * @param locale the language of {@link ConfigChange#where()} and of a change no file holds; the
     *               change itself is in the configuration's own syntax
     * @throws IllegalArgumentException when the hop or setting does not exist or the value is not one
     */
    public static ConfigChange render(SettingChange change, Topology topology, Provenance provenance,
                                      SourceFiles files, Locale locale) {
        Hop hop = topology.hop(change.hop()).orElseThrow(() ->
                new IllegalArgumentException("no hop " + change.hop()));
        if (change.setting().equals("replicas")) {
            return replicas(hop, Integer.parseInt(change.value().trim()), provenance, locale);
        }
        Setting<?> setting = SettingCatalog.byId(change.setting()).orElseThrow(() ->
                new IllegalArgumentException("no setting " + change.setting()));
        Hop changed = withParsed(hop, setting, change.value());
        Object v = changed.get(setting);
        Optional<ImportedSetting> from = provenance.of(hop.id(), setting.id());
        Optional<ConfigChange> c = Optional.empty();
        if (hop.kind() == HopKind.NGINX_L7 || hop.kind() == HopKind.NGINX_L4) {
            c = NginxFix.render(hop, changed, setting, provenance, files, locale);
        }
        if (c.isEmpty() && hop.kind() == HopKind.KONG) {
            c = kong(changed, setting, v, from, files, locale);
        }
        if (c.isEmpty() && hop.platform() == Platform.GKE_DEPLOYMENT) {
            c = yaml(changed, setting, v, YamlFix.Flavour.DEPLOYMENT, from, files, locale,
                    provenance.home(hop.id(), ConfigKind.K8S, K8sImporter.DEPLOYMENT_HOME).map(Origin::name));
        }
        if (c.isEmpty()) {
            c = GcloudFix.render(hop, setting, v, provenance, locale);
        }
        String key = setting.equals(RolloutSettings.DETACH_DELAY) || setting.equals(RolloutSettings.SCALE_DOWN_DELAY)
                ? "none.switch" : hop.kind().isTerminal() ? "none.application" : "none.process";
        return c.orElseGet(() -> new ConfigChange(ConfigChange.Syntax.NONE, hop.id() + "." + setting.id(),
                FixWords.of(locale, key, hop.id() + "." + setting.id(), hop.kind(), hop.platform(), setting.format(v))
                        + "\n", false));
    }

    private static Optional<ConfigChange> kong(Hop changed, Setting<?> setting, Object v,
                                               Optional<ImportedSetting> from, SourceFiles files, Locale locale) {
        if (from.isPresent() && from.get().kind() == ConfigKind.KONG && !from.get().origin().name().contains(".")
                && !from.get().origin().name().contains("[")) {
            String key = from.get().origin().name();
            Optional<String> diff = TextEdit.replace(files, from.get().origin(), Pattern.compile("^(\\s*(?:export\\s+)?"
                    + Pattern.quote(key) + "\\s*=\\s*)(.*?)\\s*$"), KongProperties.format(setting, v), 0);
            if (diff.isPresent()) {
                return Optional.of(new ConfigChange(ConfigChange.Syntax.KONG_CONF, from.get().origin().where(),
                        diff.get(), true));
            }
        }
        boolean deck = YamlFix.path(setting, YamlFix.Flavour.DECK).isPresent();
        return yaml(changed, setting, v, deck ? YamlFix.Flavour.DECK : YamlFix.Flavour.HELM, from, files, locale,
                Optional.empty());
    }

    /** @param deployment the name of the hop's Deployment in its imported manifest, if one was imported */
    private static Optional<ConfigChange> yaml(Hop changed, Setting<?> setting, Object v, YamlFix.Flavour flavour,
                                               Optional<ImportedSetting> from, SourceFiles files, Locale locale,
                                               Optional<String> deployment) {
        Optional<String> path = YamlFix.path(setting, flavour);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        TimeSpan wait = changed.settings().has(LifecycleSettings.KONG_QUIT_WAIT)
                ? changed.get(LifecycleSettings.KONG_QUIT_WAIT) : TimeSpan.ZERO;
        TimeSpan timeout = changed.settings().has(LifecycleSettings.KONG_QUIT_TIMEOUT)
                ? changed.get(LifecycleSettings.KONG_QUIT_TIMEOUT) : TimeSpan.ofSeconds(10);
        String value = YamlFix.value(setting, v, flavour, wait, timeout);
        if (from.isPresent() && from.get().kind() != ConfigKind.NGINX && from.get().kind() != ConfigKind.GCLOUD) {
            Optional<String> diff = YamlFix.diff(from.get(), setting, value, v, files);
            if (diff.isPresent()) {
                return Optional.of(new ConfigChange(ConfigChange.Syntax.YAML, from.get().origin().where(),
                        diff.get(), true));
            }
        }
        String where = switch (flavour) {
            case DEPLOYMENT -> setting.equals(RolloutSettings.PDB_MIN_AVAILABLE)
                    ? FixWords.of(locale, "where.pdb", changed.id()) : deploymentPatch(changed, deployment, locale);
            case HELM -> FixWords.of(locale, "where.helm");
            case DECK -> FixWords.of(locale, "where.deck");
        };
        String text = YamlFix.nested(path.get(), value);
        if (flavour == YamlFix.Flavour.HELM && setting.equals(RolloutSettings.PDB_MIN_AVAILABLE)) {
            text = "podDisruptionBudget:\n  enabled: true\n  minAvailable: " + value + "\n";
        }
        return Optional.of(new ConfigChange(ConfigChange.Syntax.YAML, where, text, false));
    }

    /** {@code kubectl patch deployment NAME}; a name the project does not know is a placeholder, and said to be one. */
    private static String deploymentPatch(Hop hop, Optional<String> deployment, Locale locale) {
        String where = FixWords.of(locale, "where.deployment.patch", hop.id(), deployment.orElse(DEPLOYMENT));
        return deployment.isPresent() ? where : FixWords.of(locale, "where.unknown", where, DEPLOYMENT);
    }

    private static ConfigChange replicas(Hop hop, int n, Provenance provenance, Locale locale) {
        if (hop.platform() == Platform.GCE_MIG) {
            return GcloudFix.resize(hop, n, provenance, locale);
        }
        return hop.kind() == HopKind.KONG
                ? new ConfigChange(ConfigChange.Syntax.YAML, FixWords.of(locale, "where.helm"), "replicaCount: " + n
                + "\n", false)
                : new ConfigChange(ConfigChange.Syntax.YAML, FixWords.of(locale, "where.deployment", hop.id()),
                "spec:\n  replicas: " + n + "\n", false);
    }

    private static <T> Hop withParsed(Hop hop, Setting<T> setting, String text) {
        return hop.with(setting, setting.parse(text));
    }
}
