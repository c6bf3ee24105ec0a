package dev.rollscope.model.export.report;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.topology.DefaultsTable;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.SettingCatalog;
import dev.rollscope.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** The chain as tables: its hops, then every setting that differs from its default, with the default. */
final class TopologySection {

    private TopologySection() {
    }

    static void write(Markdown md, ExportTexts t, Topology topology) {
        md.heading(2, t.get("report.topology"));
        md.paragraph(topology.description());
        List<List<String>> hops = new ArrayList<>();
        for (Hop h : topology.hops()) {
            hops.add(List.of(Markdown.code(h.id()), Markdown.inline(h.name()), t.label(h.kind()),
                    t.label(h.platform()), t.shortLabel(h.front()), String.valueOf(h.replicas())));
        }
        md.table(columns(t, "report.hops.columns"), hops);
        md.paragraph(t.get("report.client", topology.client().upload().toString(),
                topology.client().download().toString(), topology.network().internalBandwidth().toString()));
        md.heading(3, t.get("report.settings"));
        List<List<String>> rows = settings(t, topology);
        if (rows.isEmpty()) {
            md.paragraph(t.get("report.settings.none"));
        } else {
            md.table(columns(t, "report.settings.columns"), rows);
        }
    }

    private static List<List<String>> settings(ExportTexts t, Topology topology) {
        ResourceBundle labels = ResourceBundle.getBundle(SettingCatalog.TEXT_BUNDLE, t.locale());
        List<List<String>> rows = new ArrayList<>();
        for (Hop h : topology.hops()) {
            for (Setting<?> s : SettingCatalog.all()) {
                if (h.settings().has(s) && !h.isDefault(s)) {
                    Object def = DefaultsTable.defaultFor(s, h.profile(), h.settings());
                    rows.add(List.of(Markdown.code(h.id()), Markdown.inline(labels.getString(s.labelKey())),
                            Markdown.code(s.id()), Markdown.code(s.format(h.get(s))), Markdown.code(s.format(def))));
                }
            }
        }
        return rows;
    }

    /** A table header from a bundle entry of {@code |}-separated column names. */
    static List<String> columns(ExportTexts t, String key) {
        return List.of(t.get(key).split("\\|"));
    }
}
