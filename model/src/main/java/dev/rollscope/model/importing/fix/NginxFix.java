package dev.rollscope.model.importing.fix;

import dev.rollscope.model.importing.ConfigKind;
import dev.rollscope.model.importing.ImportedSetting;
import dev.rollscope.model.importing.Origin;
import dev.rollscope.model.importing.Provenance;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.nginx.NginxSpelling;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.units.TimeSpan;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fix on an nginx hop as an nginx directive: a diff of the line it was imported from, else a
 * diff adding it to the block that serves the hop's requests (when the hop's nginx file was
 * imported), else the directive with the block it belongs in.
 */
final class NginxFix {

    private NginxFix() {
    }

    static Optional<ConfigChange> render(Hop hop, Hop changed, Setting<?> setting, Provenance provenance,
                                         SourceFiles files, Locale locale) {
        Optional<NginxSpelling.Spelling> spelling = NginxSpelling.of(setting, hop.kind());
        if (spelling.isEmpty()) {
            return Optional.empty();
        }
        String name = spelling.get().directive();
        String args = args(changed, setting);
        boolean remove = args == null;
        String directive = name + " " + args + ";";
        Optional<ImportedSetting> from = provenance.of(hop.id(), setting.id())
                .filter(s -> s.kind() == ConfigKind.NGINX);
        if (from.isPresent()) {
            Origin o = from.get().origin();
            Pattern p = Pattern.compile("^(\\s*" + Pattern.quote(name) + "\\s+)([^;]*)(;)");
            Optional<String> diff = remove
                    ? TextEdit.replace(files, o, Pattern.compile("^(\\s*)(" + Pattern.quote(name) + "\\s[^;]*;.*)$"),
                    "# " + name + " removed: " + removal(setting), 0)
                    : TextEdit.replace(files, o, p, args, 0);
            if (diff.isPresent()) {
                return Optional.of(new ConfigChange(ConfigChange.Syntax.NGINX, o.where(), diff.get(), true));
            }
        }
        Optional<Origin> home = provenance.home(hop.id(), ConfigKind.NGINX, spelling.get().context());
        if (home.isPresent() && !remove) {
            Optional<String> diff = TextEdit.insertInto(files, home.get(), directive);
            if (diff.isPresent()) {
                return Optional.of(new ConfigChange(ConfigChange.Syntax.NGINX, home.get().where() + " "
                        + home.get().name(), diff.get(), true));
            }
        }
        String block = FixWords.of(locale, switch (spelling.get().context()) {
            case "main" -> "where.nginx.main";
            case "upstream" -> "where.nginx.upstream";
            default -> hop.kind().isL7() ? "where.nginx.location" : "where.nginx.stream";
        });
        return Optional.of(new ConfigChange(ConfigChange.Syntax.NGINX, block,
                remove ? "# remove " + name + ": " + removal(setting) + "\n" : directive + "\n", false));
    }

    private static String removal(Setting<?> setting) {
        return setting.equals(ProxySettings.UPSTREAM_KEEPALIVE) ? "no idle upstream connections are kept"
                : "no limit";
    }

    /** The directive's arguments for the changed hop; null when the value means "remove the directive". */
    private static String args(Hop changed, Setting<?> setting) {
        if (setting.equals(ProxySettings.NEXT_UPSTREAM_NON_IDEMPOTENT) || setting.equals(ProxySettings.NEXT_UPSTREAM)
                && changed.kind().isL7()) {
            if (!changed.get(ProxySettings.NEXT_UPSTREAM)) {
                return "off";
            }
            return changed.get(ProxySettings.NEXT_UPSTREAM_NON_IDEMPOTENT) ? "error timeout non_idempotent"
                    : "error timeout";
        }
        Object v = changed.get(setting);
        if (v instanceof TimeSpan && ((TimeSpan) v).isNone()
                || setting.equals(ProxySettings.UPSTREAM_KEEPALIVE) && Integer.valueOf(0).equals(v)) {
            return null;
        }
        return FixValues.nginx(v);
    }
}
