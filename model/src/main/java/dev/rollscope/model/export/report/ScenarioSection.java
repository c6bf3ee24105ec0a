package dev.rollscope.model.export.report;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.export.story.Disruptions;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.SimulationResult;
import java.util.ArrayList;
import java.util.List;

/** The scenario: its description, what disrupts the chain, and the requests it sends. */
final class ScenarioSection {

    static final int MAX_ROWS = 50;

    private ScenarioSection() {
    }

    static void write(Markdown md, ExportTexts t, SimulationResult r) {
        md.heading(2, t.get("report.scenario", r.scenario().name()));
        md.paragraph(r.scenario().description());
        md.paragraph(t.get("report.disruptions", Disruptions.list(t, r.scenario())));
        List<List<String>> rows = new ArrayList<>();
        for (RequestSpec q : r.requests().subList(0, Math.min(MAX_ROWS, r.requests().size()))) {
            rows.add(List.of(Markdown.code(q.id()), q.method(), Times.at(q.start().millis()), q.body().toString(),
                    q.response().toString(), q.processing() == null ? "—" : Times.span(q.processing().millis())));
        }
        md.table(TopologySection.columns(t, "report.requests.columns"), rows);
        if (r.requests().size() > MAX_ROWS) {
            md.paragraph(t.get("report.more", String.valueOf(r.requests().size() - MAX_ROWS)));
        }
    }
}
