package dev.rollscope.app.plan;

import dev.rollscope.app.document.DocumentProvenance;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.model.importing.SourceFiles;
import dev.rollscope.model.importing.fix.ConfigChange;
import dev.rollscope.model.importing.fix.ConfigFixes;
import dev.rollscope.model.sim.SettingChange;
import dev.rollscope.model.topology.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A verified fix plan's changes as changes to the user's configuration, by the model's
 * {@link ConfigFixes}: a unified diff of the file a setting was imported from, else an nginx
 * directive, a YAML patch, a {@code kong.conf} line or a {@code gcloud} command.
 *
 * @param title  "A.proxy.clientMaxBodySize → 50MB"
 * @param kind   what the text is written in, and where it goes: "unified diff of configs/a.conf:42",
 *               "nginx · location /upload"
 * @param change the change, whose {@code text} the Copy button copies
 */
public record PlanConfigChanges(String title, String kind, ConfigChange change) {

    /** One per change of a verified plan; none for a plan that is not verified. */
    static List<PlanConfigChanges> of(PlanAnswer answer, DocumentProvenance provenance, Messages m) {
        if (!answer.verified() || answer.plan().isEmpty()) {
            return List.of();
        }
        return of(answer.plan().get().changes(), answer.request().project().topology(), provenance, m);
    }

    /** One per change (a static check's fixes, a plan's changes) on {@code topology}. */
    public static List<PlanConfigChanges> of(List<SettingChange> changes, Topology topology,
                                             DocumentProvenance provenance, Messages m) {
        SourceFiles files = provenance.files() != null ? provenance.files() : new SourceFiles(Path.of(""));
        List<PlanConfigChanges> list = new ArrayList<>();
        for (SettingChange c : changes) {
            ConfigChange change = ConfigFixes.render(c, topology, provenance.get(), files, m.locale());
            String kind = change.diff() ? m.format("plan.config.diff", change.where())
                    : m.format("plan.config.where", m.get("plan.config.syntax." + change.syntax().name()), change.where());
            list.add(new PlanConfigChanges(c.toString(), kind, change));
        }
        return List.copyOf(list);
    }

    /** The changes as one text to copy: each after a {@code #} line with its title and kind. */
    public static String text(List<PlanConfigChanges> changes) {
        StringBuilder out = new StringBuilder();
        for (PlanConfigChanges c : changes) {
            out.append(out.isEmpty() ? "" : "\n").append("# ").append(c.title()).append(" \u00b7 ").append(c.kind())
                    .append('\n').append(c.change().text());
        }
        return out.toString();
    }
}
