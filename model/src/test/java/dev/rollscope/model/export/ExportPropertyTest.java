package dev.rollscope.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.export.mermaid.MermaidSamples;
import dev.rollscope.model.export.mermaid.MermaidValidator;
import dev.rollscope.model.export.mermaid.ParsedDiagram;
import dev.rollscope.model.export.story.RequestDiagram;
import dev.rollscope.model.export.story.RolloutTimeline;
import dev.rollscope.model.export.story.ScenarioDiagram;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Simulator;
import dev.rollscope.model.topology.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Random chains with names users could type, simulated and exported with random options, checked
 * in one batch by the real Mermaid parser: every diagram parses and shows exactly the expected
 * participants, names as typed.
 */
class ExportPropertyTest {

    private static final long SEED = 20_261_123L;
    private static final int PROJECTS = 40;

    @Test
    void randomChainsExportDiagramsThatParseWithEveryNameAsTyped() {
        RandomProjects random = new RandomProjects(SEED);
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (int i = 0; i < PROJECTS; i++) {
            Topology t = random.topology();
            Scenario s = random.scenario(t);
            SimulationResult r = Simulator.run(t, s);
            ExportOptions o = new ExportOptions(random.coin(), random.coin(),
                    random.coin() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE,
                    random.coin() ? ExportOptions.Detail.ALL : ExportOptions.Detail.ESSENTIAL);
            ExpectedParticipants cast = new ExpectedParticipants(o);
            texts.put(i + ".scenario", ScenarioDiagram.of(r, o));
            expected.put(i + ".scenario", cast.scenario(r));
            texts.put(i + ".timeline", RolloutTimeline.of(r, o));
            expected.put(i + ".timeline", cast.timeline(r));
            for (int q = 0; q < r.requests().size(); q++) {
                texts.put(i + ".request-" + q, RequestDiagram.of(r, q, o));
                expected.put(i + ".request-" + q, cast.request(r, q));
            }
        }
        MermaidSamples.write("export-property", texts);

        Map<String, ParsedDiagram> parsed = MermaidValidator.validate(texts);

        List<String> problems = new ArrayList<>();
        expected.forEach((id, labels) -> {
            ParsedDiagram p = parsed.get(id);
            if (!p.ok()) {
                problems.add(id + " does not parse: " + p.error() + "\n" + texts.get(id));
            } else if (!new ArrayList<>(p.labelsById().values()).equals(labels)) {
                problems.add(id + ": participants " + p.labelsById().values() + ", expected " + labels);
            }
        });
        assertThat(problems).as("seed %d", SEED).isEmpty();
        assertThat(parsed).hasSizeGreaterThan(3 * PROJECTS);
    }
}
