package dev.rollscope.model.export.report;

import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.analysis.safety.SafetySearch;
import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.export.UploadText;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The verdict of every request (failed first), then each failure explained with its verified fix plan. */
final class VerdictSection {

    private VerdictSection() {
    }

    static void write(Markdown md, ExportTexts t, SimulationResult r) {
        md.heading(2, t.get("report.verdicts", String.valueOf(r.outcomes().size()), String.valueOf(r.failedCount())));
        List<Outcome> ordered = failedFirst(r);
        List<List<String>> rows = new ArrayList<>();
        for (Outcome o : ordered.subList(0, Math.min(ScenarioSection.MAX_ROWS, ordered.size()))) {
            rows.add(row(t, r, o));
        }
        md.table(TopologySection.columns(t, "report.verdicts.columns"), rows);
        if (ordered.size() > ScenarioSection.MAX_ROWS) {
            md.paragraph(t.get("report.more", String.valueOf(ordered.size() - ScenarioSection.MAX_ROWS)));
        }
        r.uploads().entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(ScenarioSection.MAX_ROWS)
                .forEach(u -> md.paragraph(UploadText.of(t, u.getValue(), r.outcomes().get(u.getKey()))));
        ordered.stream().filter(o -> !o.ok()).limit(ScenarioSection.MAX_ROWS).forEach(o -> explain(md, t, r, o));
    }

    static List<Outcome> failedFirst(SimulationResult r) {
        List<Outcome> ordered = new ArrayList<>();
        r.outcomes().stream().filter(o -> !o.ok()).forEach(ordered::add);
        r.outcomes().stream().filter(Outcome::ok).forEach(ordered::add);
        return ordered;
    }

    private static List<String> row(ExportTexts t, SimulationResult r, Outcome o) {
        Failure f = o.failure();
        String where = f == null ? "" : Markdown.code(f.instance().isEmpty() ? f.hop() : f.instance());
        String cause = f == null ? "" : Markdown.inline(t.label(f.cause()));
        return List.of(Markdown.code(o.requestId()), r.requests().get(o.request()).method(), Times.at(o.start()),
                Times.at(o.end()), o.statusText(), o.ok() ? t.labels().verdict(true) : "**" + t.labels().verdict(false) + "**",
                where, cause);
    }

    /** The failure explained, and the fix plan of its request type that the danger search verified. */
    private static void explain(Markdown md, ExportTexts t, SimulationResult r, Outcome o) {
        Explanation x = Explanation.of(o.failure(), t.locale());
        md.heading(3, t.get("report.why", o.requestId()));
        md.paragraph(t.get("report.summaryAndWhy", x.summary(), x.why()));
        md.raw(t.get("report.inequality") + " " + Markdown.code(x.inequality()));
        if (!o.failure().cause().settingsCanSave()) {
            md.paragraph(x.fix());
            return;
        }
        Optional<FixPlan> plan = SafetySearch.planFor(r.topology(), r.scenario(), o.requestId(), SweepSection.STEP,
                SweepSection.MAX_OFFSETS);
        if (plan.isEmpty()) {
            md.raw(t.get(SafetySearch.searchable(r.topology(), r.scenario(), SweepSection.STEP)
                    ? "report.noplan" : "report.unsearched"));
        } else {
            writePlan(md, t, plan.get());
        }
    }

    /** "**Fix plan** …", its numbered steps as a list, then its verdict. */
    static void writePlan(Markdown md, ExportTexts t, FixPlan plan) {
        List<String> lines = plan.lines(t.locale());
        String steps = lines.subList(0, lines.size() - 1).stream().map(Markdown::inline)
                .collect(Collectors.joining("\n"));
        md.raw("**" + t.get("report.plan") + "**\n\n" + (steps.isEmpty() ? "" : steps + "\n\n")
                + Markdown.inline(lines.get(lines.size() - 1)));
    }
}
