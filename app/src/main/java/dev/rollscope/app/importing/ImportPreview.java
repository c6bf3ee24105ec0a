package dev.rollscope.app.importing;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.plan.BeforeAfter;
import dev.rollscope.model.Project;
import dev.rollscope.model.importing.ImportResult;
import dev.rollscope.model.importing.ReportLine;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an import would do, as the preview shows it: every line of the model's import report (none
 * dropped), the hop's values it changes (old → new), and a summary; or why there is nothing to
 * apply (no file chosen yet, or the import was refused, with the model's message naming file and
 * line).
 *
 * @param base    the project the import was read against
 * @param result  the import, or null when there is nothing to apply
 * @param message the summary ("12 applied, …"), or what to do, or why the import was refused
 * @param refused true when {@code message} is the model's refusal
 */
public record ImportPreview(Project base, ImportResult result, List<Row> rows, List<Change> changes, String message,
                            boolean refused) {

    /**
     * One report line.
     *
     * @param status the line's kind, in the user's language
     * @param where  {@code file:line}
     * @param name   the directive or field as the file spells it
     * @param text   what the import did with it (the model's words)
     */
    public record Row(ReportLine.Kind kind, String status, String where, String name, String text) {
    }

    /** One value of the hop the import changes: its label and id, before and after, with units. */
    public record Change(String setting, String from, String to) {
    }

    public ImportPreview {
        Objects.requireNonNull(base, "base");
        rows = List.copyOf(rows);
        changes = List.copyOf(changes);
    }

    /** Nothing to apply, and why. */
    static ImportPreview nothing(Project base, String message, boolean refused) {
        return new ImportPreview(base, null, List.of(), List.of(), message, refused);
    }

    static ImportPreview of(Project base, String hopId, ImportResult result, Messages m) {
        List<Row> rows = new ArrayList<>();
        int[] counts = new int[ReportLine.Kind.values().length];
        for (ReportLine l : result.report().lines()) {
            rows.add(new Row(l.kind(), status(l.kind(), m), l.origin().where(), l.origin().name(), l.text()));
            counts[l.kind().ordinal()]++;
        }
        String summary = m.format("import.summary", counts[ReportLine.Kind.APPLIED.ordinal()],
                counts[ReportLine.Kind.IRRELEVANT.ordinal()], counts[ReportLine.Kind.NOT_UNDERSTOOD.ordinal()],
                counts[ReportLine.Kind.CONFLICT.ordinal()]);
        return new ImportPreview(base, result, rows, changes(base, result.project(), hopId, m), summary, false);
    }

    public boolean canApply() {
        return result != null;
    }

    /** The report line's kind in the user's language. */
    public static String status(ReportLine.Kind kind, Messages m) {
        return m.get("import.status." + kind.name());
    }

    private static List<Change> changes(Project before, Project after, String hopId, Messages m) {
        Hop was = before.topology().hop(hopId).orElseThrow();
        Hop is = after.topology().hop(hopId).orElseThrow();
        List<Change> changes = new ArrayList<>();
        if (was.replicas() != is.replicas()) {
            changes.add(new Change(m.get("import.replicas"), Integer.toString(was.replicas()),
                    Integer.toString(is.replicas())));
        }
        for (Setting<?> s : is.settings().keys()) {
            Object from = was.settings().has(s) ? was.get(s) : null;
            Object to = is.get(s);
            if (!to.equals(from)) {
                changes.add(new Change(m.format("plan.setting", m.label(s), s.id()),
                        from == null ? m.get("plan.none") : BeforeAfter.display(s, from), BeforeAfter.display(s, to)));
            }
        }
        return changes;
    }
}
