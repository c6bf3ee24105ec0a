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
        List<RequestSpec> shown = r.requests().subList(0, Math.min(MAX_ROWS, r.requests().size()));
        // who sends each request matters to session affinity (domain.md §12): a column only when some client is named
        boolean clients = shown.stream().anyMatch(q -> q.client().id() != null);
        List<List<String>> rows = new ArrayList<>();
        for (RequestSpec q : shown) {
            List<String> row = new ArrayList<>(List.of(Markdown.code(q.id()), q.method(), Times.at(q.start().millis()),
                    q.body().toString(), q.response().toString(),
                    q.processing() == null ? "—" : Times.span(q.processing().millis())));
            if (clients) {
                row.add(q.client().id() == null ? "—" : Markdown.code(q.client().id()));
            }
            rows.add(row);
        }
        List<String> columns = new ArrayList<>(TopologySection.columns(t, "report.requests.columns"));
        if (clients) {
            columns.add(t.get("report.requests.client"));
        }
        md.table(columns, rows);
        if (r.requests().size() > MAX_ROWS) {
            md.paragraph(t.get("report.more", String.valueOf(r.requests().size() - MAX_ROWS)));
        }
    }
}
