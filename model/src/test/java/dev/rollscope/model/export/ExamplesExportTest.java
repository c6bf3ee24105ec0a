package dev.rollscope.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.mermaid.MermaidSamples;
import dev.rollscope.model.export.story.RequestDiagram;
import dev.rollscope.model.export.story.RolloutTimeline;
import dev.rollscope.model.export.story.ScenarioDiagram;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every diagram of every scenario of every example, in English and Chinese, with the default
 * options and with everything on, checked in one batch by the real Mermaid parser: each parses and
 * shows exactly the expected participants. The diagrams are also written for the render check.
 */
class ExamplesExportTest {

    private static final List<ExportOptions> OPTIONS = List.of(
            ExportOptions.defaults(),
            ExportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE),
            new ExportOptions(true, false, Locale.ENGLISH, ExportOptions.Detail.ALL),
            new ExportOptions(true, false, Locale.SIMPLIFIED_CHINESE, ExportOptions.Detail.ALL));

    @Test
    void everyExampleExportsDiagramsThatParseWithExactlyTheExpectedParticipants() {
        ParsedBatch batch = new ParsedBatch();
        Examples.all().forEach((name, project) -> export(name, project, batch));
        MermaidSamples.write("examples", batch.texts);

        assertThat(batch.problems()).isEmpty();
        assertThat(batch.texts).hasSizeGreaterThan(250);
    }

    private static void export(String name, Project project, ParsedBatch batch) {
        for (Scenario s : project.scenarios()) {
            SimulationResult r = Simulator.run(project.topology(), s);
            for (int o = 0; o < OPTIONS.size(); o++) {
                add(batch, name + "." + Examples.slug(s.name()) + "." + o, r, OPTIONS.get(o));
            }
        }
    }

    /** The scenario diagram, the rollout timeline and every request's diagram of one simulation. */
    static void add(ParsedBatch batch, String id, SimulationResult r, ExportOptions options) {
        ExpectedParticipants cast = new ExpectedParticipants(options);
        batch.add(id + ".scenario", ScenarioDiagram.of(r, options), cast.scenario(r));
        batch.add(id + ".timeline", RolloutTimeline.of(r, options), cast.timeline(r));
        for (int q = 0; q < r.requests().size(); q++) {
            batch.add(id + ".request-" + r.requests().get(q).id(), RequestDiagram.of(r, q, options), cast.request(r, q));
        }
    }
}
