package dev.rollscope.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.mermaid.MermaidSamples;
import dev.rollscope.model.export.mermaid.MermaidValidator;
import dev.rollscope.model.export.mermaid.ParsedDiagram;
import dev.rollscope.model.export.story.RequestDiagram;
import dev.rollscope.model.export.story.RolloutTimeline;
import dev.rollscope.model.export.story.ScenarioDiagram;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Simulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Examples.all().forEach((name, project) -> export(name, project, texts, expected));
        MermaidSamples.write("examples", texts);

        Map<String, ParsedDiagram> parsed = MermaidValidator.validate(texts);

        List<String> problems = new ArrayList<>();
        expected.forEach((id, labels) -> {
            ParsedDiagram p = parsed.get(id);
            if (!p.ok()) {
                problems.add(id + " does not parse: " + p.error());
            } else if (!new ArrayList<>(p.labelsById().values()).equals(labels)) {
                problems.add(id + ": participants " + p.labelsById().values() + ", expected " + labels);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(parsed).hasSize(texts.size()).hasSizeGreaterThan(250);
    }

    private static void export(String name, Project project, Map<String, String> texts,
                               Map<String, List<String>> expected) {
        for (Scenario s : project.scenarios()) {
            SimulationResult r = Simulator.run(project.topology(), s);
            for (int o = 0; o < OPTIONS.size(); o++) {
                ExportOptions options = OPTIONS.get(o);
                ExpectedParticipants cast = new ExpectedParticipants(options);
                String id = name + "." + Examples.slug(s.name()) + "." + o;
                texts.put(id + ".scenario", ScenarioDiagram.of(r, options));
                expected.put(id + ".scenario", cast.scenario(r));
                texts.put(id + ".timeline", RolloutTimeline.of(r, options));
                expected.put(id + ".timeline", cast.timeline(r));
                for (int q = 0; q < r.requests().size(); q++) {
                    String rid = id + ".request-" + r.requests().get(q).id();
                    texts.put(rid, RequestDiagram.of(r, q, options));
                    expected.put(rid, cast.request(r, q));
                }
            }
        }
    }
}
