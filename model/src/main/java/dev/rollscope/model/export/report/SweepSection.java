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
import java.util.stream.Collectors;

/**
 * The danger windows: each of the scenario's own requests, or in a big scenario each kind of
 * request ({@link RequestKinds}, which the section says), sent at every start offset across the
 * disruption, one {@link #STEP} apart ({@link Sweep}), and the offsets at which it fails, with the fix.
 */
final class SweepSection {

    static final TimeSpan STEP = TimeSpan.ofMillis(100);

    private SweepSection() {
    }

    static void write(Markdown md, ExportTexts t, SimulationResult r) {
        md.heading(2, t.get("report.sweep"));
        if (r.scenario().disruptions().isEmpty()) {
            md.paragraph(t.get("report.sweep.none"));
            return;
        }
        RequestKinds kinds = RequestKinds.of(r.scenario());
        if (kinds.summarised()) {
            md.paragraph(t.get("report.sweep.kinds", String.valueOf(r.scenario().requests().size()),
                    String.valueOf(kinds.kinds()), String.valueOf(kinds.probes().size()), kinds.counts().entrySet().stream()
                            .map(e -> t.get("report.sweep.kind", e.getKey(), String.valueOf(e.getValue())))
                            .collect(Collectors.joining(t.get("report.sweep.kindSeparator")))));
        }
        for (RequestSpec q : kinds.probes()) {
            SweepResult s = Sweep.run(r.topology(), kinds.scenario(), q.id(), STEP);
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
