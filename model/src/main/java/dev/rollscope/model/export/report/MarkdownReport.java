package dev.rollscope.model.export.report;

import dev.rollscope.model.analysis.Checks;
import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.story.RequestDiagram;
import dev.rollscope.model.export.story.RolloutTimeline;
import dev.rollscope.model.export.story.ScenarioDiagram;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import java.util.List;

/**
 * One scenario of a topology as a Markdown report that reads as is on GitHub: the chain and every
 * setting changed from its default, the scenario, the verdict of each request with the failures
 * explained, the static checks' findings with their fixes, the danger windows of each request
 * across the disruption ({@link SweepSection}), and the diagrams (scenario, rollout
 * timeline, and the first {@link #MAX_REQUEST_DIAGRAMS} requests, failed first) in
 * {@code mermaid} fences. In English or Simplified Chinese, as the options say.
 */
public final class MarkdownReport {

    static final int MAX_REQUEST_DIAGRAMS = 10;

    private MarkdownReport() {
    }

    /** @param result a simulation run with its full trace */
    public static String of(SimulationResult result, ExportOptions options) {
        ExportTexts t = new ExportTexts(options.locale());
        Markdown md = new Markdown();
        md.heading(1, t.get("report.title", result.topology().name(), result.scenario().name()));
        TopologySection.write(md, t, result.topology());
        ScenarioSection.write(md, t, result);
        VerdictSection.write(md, t, result);
        FindingsSection.write(md, t, Checks.run(result.topology(), result.scenario()));
        SweepSection.write(md, t, result);
        md.heading(2, t.get("report.diagrams"));
        md.heading(3, t.get("report.diagram.scenario"));
        md.fence("mermaid", ScenarioDiagram.of(result, options));
        if (!result.scenario().disruptions().isEmpty()) {
            md.heading(3, t.get("report.diagram.timeline"));
            md.fence("mermaid", RolloutTimeline.of(result, options));
        }
        List<Outcome> ordered = VerdictSection.failedFirst(result);
        for (Outcome o : ordered.subList(0, Math.min(MAX_REQUEST_DIAGRAMS, ordered.size()))) {
            md.heading(3, t.get("report.diagram.request", o.requestId()));
            md.fence("mermaid", RequestDiagram.of(result, o.request(), options));
        }
        return md.toString();
    }
}
