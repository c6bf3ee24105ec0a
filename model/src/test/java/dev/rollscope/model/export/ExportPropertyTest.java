package dev.rollscope.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.export.mermaid.MermaidSamples;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.Topology;
import java.util.Locale;
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
        ParsedBatch batch = new ParsedBatch();
        for (int i = 0; i < PROJECTS; i++) {
            Topology t = random.topology();
            Scenario s = random.scenario(t);
            ExportOptions o = new ExportOptions(random.coin(), random.coin(),
                    random.coin() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE,
                    random.coin() ? ExportOptions.Detail.ALL : ExportOptions.Detail.ESSENTIAL);
            ExamplesExportTest.add(batch, String.valueOf(i), Simulator.run(t, s), o);
        }
        MermaidSamples.write("export-property", batch.texts);

        assertThat(batch.problems()).as("seed %d", SEED).isEmpty();
        assertThat(batch.texts).hasSizeGreaterThan(3 * PROJECTS);
    }
}
