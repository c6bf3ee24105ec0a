package dev.rollscope.model.importing;

import dev.rollscope.model.Project;
import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.topology.DefaultsTable;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopSettings;
import dev.rollscope.model.topology.Setting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies what readers found to one hop of a project, all or nothing: every value is checked
 * against its setting first, and the new hop and project are built before anything is returned,
 * so a refused value leaves the project as it was. When two files set the same setting to
 * different values, the later file wins and the earlier line is reported as a conflict.
 */
public final class HopImport {

    private HopImport() {
    }

    /**
     * @throws ImportException when the hop does not exist or a value is refused, with its file and line
     */
    public static ImportResult apply(Project project, String hopId, Findings findings) throws ImportException {
        Hop hop = project.topology().hop(hopId).orElseThrow(() -> ImportException.atFile("--hop " + hopId,
                "noHop", hopId, project.topology().hops().stream().map(Hop::id).collect(Collectors.joining(", "))));
        Map<Target, Findings.Assignment> last = new LinkedHashMap<>();
        for (Findings.Entry e : findings.entries()) {
            if (e instanceof Findings.Assignment) {
                Findings.Assignment a = (Findings.Assignment) e;
                last.put(a.target(), a);
            }
        }
        Map<Setting<?>, Object> values = new LinkedHashMap<>(hop.settings().asMap());
        int replicas = hop.replicas();
        List<ReportLine> lines = new ArrayList<>();
        List<ImportedSetting> imported = new ArrayList<>();
        for (Findings.Entry e : findings.entries()) {
            if (e instanceof Findings.Note) {
                lines.add(((Findings.Note) e).line());
                continue;
            }
            Findings.Assignment a = (Findings.Assignment) e;
            Findings.Assignment winner = last.get(a.target());
            if (winner != a) {
                lines.add(overridden(a, winner, hopId));
                continue;
            }
            if (a.target().setting().isEmpty()) {
                int n = checkReplicas(a);
                lines.add(applied(a, hopId, n == hop.replicas() ? ReportText.of("applied.unchanged")
                        : ReportText.of("applied.was", hop.replicas())));
                replicas = n;
            } else {
                Setting<?> s = a.target().setting().get();
                if (!DefaultsTable.applies(s, hop.profile())) {
                    lines.add(new ReportLine(ReportLine.Kind.IRRELEVANT, a.origin(), ReportText.of("applied.noSetting",
                            hopId, hop.kind(), hop.platform(), hop.front(), s.id())));
                    continue;
                }
                Object v = check(s, a);
                lines.add(applied(a, hopId, before(hop, s, v)));
                values.put(s, v);
            }
            imported.add(new ImportedSetting(hopId, a.target().id(), findings.kind(), a.origin()));
        }
        Project result = build(project, hop, replicas, values, last.values());
        List<Provenance.Home> homes = new ArrayList<>();
        findings.homes().forEach((context, o) -> homes.add(new Provenance.Home(hopId, findings.kind(), context, o)));
        homes.sort(Comparator.comparing(Provenance.Home::context));
        return new ImportResult(result, new ImportReport(lines), new Provenance(imported, homes));
    }

    private static ReportText before(Hop hop, Setting<?> s, Object v) {
        Object old = hop.settings().asMap().get(s);
        if (old.equals(v)) {
            return ReportText.of("applied.unchanged");
        }
        return ReportText.of(hop.isDefault(s) ? "applied.wasDefault" : "applied.was", s.format(old));
    }

    private static ReportLine applied(Findings.Assignment a, String hopId, ReportText before) {
        return new ReportLine(ReportLine.Kind.APPLIED, a.origin(), ReportText.of("applied",
                hopId, a.target().id(), a.target().format(a.value()), before));
    }

    private static ReportLine overridden(Findings.Assignment a, Findings.Assignment winner, String hopId) {
        String by = winner.origin().where() + " " + winner.origin().name();
        if (winner.value().equals(a.value())) {
            return new ReportLine(ReportLine.Kind.IRRELEVANT, a.origin(), ReportText.of("applied.again",
                    hopId, a.target().id(), a.target().format(a.value()), by));
        }
        return new ReportLine(ReportLine.Kind.CONFLICT, a.origin(), ReportText.of("applied.conflict", hopId,
                a.target().id(), a.target().format(a.value()), winner.target().format(winner.value()), by));
    }

    private static Object check(Setting<?> s, Findings.Assignment a) throws ImportException {
        try {
            return s.check(a.value());
        } catch (IllegalArgumentException ex) {
            throw new ImportException(a.origin(), Refusal.of(ex));
        }
    }

    private static int checkReplicas(Findings.Assignment a) throws ImportException {
        int n = (Integer) a.value();
        if (n < 1 || n > Hop.MAX_REPLICAS) {
            throw ImportException.at(a.origin(), "replicas", Hop.MAX_REPLICAS, n);
        }
        return n;
    }

    private static Project build(Project project, Hop hop, int replicas, Map<Setting<?>, Object> values,
                                 Iterable<Findings.Assignment> applied) throws ImportException {
        try {
            Hop changed = new Hop(hop.id(), hop.name(), hop.kind(), hop.platform(), hop.front(), replicas,
                    new HopSettings(values));
            return project.withTopology(project.topology().withHop(project.topology().indexOf(hop.id()), changed));
        } catch (IllegalArgumentException ex) {
            List<String> from = new ArrayList<>();
            applied.forEach(a -> from.add(a.origin().where()));
            Origin first = applied.iterator().hasNext() ? applied.iterator().next().origin()
                    : new Origin("--hop " + hop.id(), 0, "");
            throw ImportException.at(first, "invalidProject", String.join(", ", from), Refusal.of(ex));
        }
    }
}
