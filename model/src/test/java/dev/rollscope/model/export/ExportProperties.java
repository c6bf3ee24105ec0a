package dev.rollscope.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.facade.Exports;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.Topology;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random valid projects (issue 18), from a seed jqwik draws: each simulates, every exporter writes
 * it without an exception, and its file round-trips through the reader.
 */
class ExportProperties {

    @Property(tries = 25, seed = "18")
    void randomValidProjectsSimulateAndExportWithoutExceptions(@ForAll long seed, @ForAll boolean chinese,
                                                               @ForAll boolean all) throws Exception {
        RandomProjects random = new RandomProjects(seed);
        Topology t = random.topology();
        Scenario s = random.scenario(t);
        Project project = new Project(t, List.of(s));
        assertThat(ProjectFile.parse(ProjectFile.format(project), "p.json")).isEqualTo(project);
        SimulationResult r = Simulator.run(t, s);
        ExportOptions o = new ExportOptions(random.coin(), random.coin(),
                chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                all ? ExportOptions.Detail.ALL : ExportOptions.Detail.ESSENTIAL);
        assertThat(Exports.mermaid(r, null, o)).startsWith("sequenceDiagram");
        assertThat(Exports.mermaid(r, s.requests().get(0).id(), o)).startsWith("sequenceDiagram");
        assertThat(Exports.report(r, o)).contains(s.requests().get(0).id());
    }
}
