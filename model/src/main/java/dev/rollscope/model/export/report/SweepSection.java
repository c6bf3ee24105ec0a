package dev.rollscope.model.export.report;

import dev.rollscope.model.analysis.sweep.DangerWindow;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.Explanation;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.units.TimeSpan;

/**
 * The danger windows: each of the scenario's own requests (the first {@link #MAX_REQUESTS}) sent
 * at every start offset across the disruption, one {@link #STEP} apart ({@link Sweep}), and the
 * offsets at which it fails, with the fix.
 */
final class SweepSection {

    static final TimeSpan STEP = TimeSpan.ofMillis(100);
    static final int MAX_REQUESTS = 5;

    private SweepSection() {
    }

    static void write(Markdown md, ExportTexts t, SimulationResult r) {
        md.heading(2, t.get("report.sweep"));
        if (r.scenario().disruptions().isEmpty()) {
            md.paragraph(t.get("report.sweep.none"));
            return;
        }
        for (RequestSpec q : r.scenario().requests().subList(0, Math.min(MAX_REQUESTS, r.scenario().requests().size()))) {
            SweepResult s = Sweep.run(r.topology(), r.scenario(), q.id(), STEP);
            String disruption = s.disruptionText(t.locale());
            md.paragraph(t.get("report.sweep.range", q.id(), Times.span(STEP.millis()), String.valueOf(s.points().size()),
                    offset(s.firstOffset()), offset(s.lastOffset()), disruption));
            if (s.windows().isEmpty()) {
                md.paragraph(t.get("report.sweep.safe", q.id()));
                continue;
            }
            StringBuilder list = new StringBuilder();
            for (DangerWindow w : s.windows()) {
                list.append(list.length() == 0 ? "" : "\n").append("- ")
                        .append(Markdown.inline(w.text(q.id(), disruption, t.locale()))).append("<br>")
                        .append(t.get("report.fix")).append(' ')
                        .append(Markdown.inline(Explanation.of(w.failure(), t.locale()).fix()));
            }
            md.raw(list.toString());
        }
    }

    private static String offset(long millis) {
        return (millis < 0 ? "-" : "") + Times.span(Math.abs(millis));
    }
}
