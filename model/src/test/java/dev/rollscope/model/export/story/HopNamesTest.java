package dev.rollscope.model.export.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.mermaid.MermaidValidator;
import dev.rollscope.model.export.mermaid.ParsedDiagram;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.Hop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hops whose names look alike show their ids; long names wrap; both as the real Mermaid reads them. */
class HopNamesTest {

    private static SimulationResult rollD(String... names) {
        Project p = Examples.read("abcd-defaults");
        List<Hop> hops = new ArrayList<>(p.topology().hops());
        for (int i = 0; i < names.length; i++) {
            hops.set(i, hops.get(i).withName(names[i]));
        }
        Project renamed = p.withTopology(p.topology().withHops(hops));
        return Simulator.run(renamed.topology(), renamed.scenario("roll D").orElseThrow());
    }

    private static Map<String, ParsedDiagram> parse(Map<String, String> diagrams) {
        return MermaidValidator.validate(diagrams);
    }

    @Test
    void namesThatDifferOnlyInWhiteSpaceShowTheHopIds() {
        SimulationResult r = rollD("Kong DP", "Kong  DP", "Kong DP ", "Kong\tDP");
        Map<String, String> diagrams = new LinkedHashMap<>();
        diagrams.put("scenario", ScenarioDiagram.of(r, ExportOptions.defaults()));
        diagrams.put("request", RequestDiagram.of(r, 0, ExportOptions.defaults()));
        diagrams.put("zh", ScenarioDiagram.of(r, ExportOptions.defaults().withLocale(Locale.SIMPLIFIED_CHINESE)));

        Map<String, ParsedDiagram> parsed = parse(diagrams);

        assertThat(parsed.get("scenario").labelsById()).containsEntry("A", "Kong DP [A]")
                .containsEntry("B", "Kong  DP [B]").containsEntry("C", "Kong DP  [C]").containsEntry("D", "Kong\tDP [D]");
        assertThat(parsed.get("request").labelsById()).containsEntry("A", "Kong DP [A]").containsEntry("D", "Kong\tDP [D]");
        assertThat(parsed.get("zh").labelsById()).containsEntry("A", "Kong DP［A］");
    }

    @Test
    void aNameLikeNoOtherKeepsItsIdOut() {
        SimulationResult r = rollD("Kong DP", "Kong DP2");

        ParsedDiagram parsed = parse(Map.of("s", ScenarioDiagram.of(r, ExportOptions.defaults()))).get("s");

        assertThat(parsed.labelsById()).containsEntry("A", "Kong DP").containsEntry("B", "Kong DP2");
    }

    @Test
    void longNamesWrapAtSpacesIntoLinesOfAtMost24Columns() {
        String name = "edge proxy for the public checkout api in europe west four, second generation fleet";
        SimulationResult r = rollD(name.substring(0, 80));

        ParsedDiagram parsed = parse(Map.of("s", ScenarioDiagram.of(r, ExportOptions.defaults()))).get("s");

        assertThat(parsed.labelsById().get("A")).isEqualTo(
                "edge proxy for the\npublic checkout api in\neurope west four, second\ngeneration fl");
    }

    @Test
    void wrappingCountsChineseCharactersAsTwoColumnsAndBreaksAWordLongerThanALine() {
        assertThat(HopNames.wrapped("网关集群第一区域的入口代理服务器节点组")).isEqualTo("网关集群第一区域的入口代\n理服务器节点组");
        assertThat(HopNames.wrapped("x".repeat(30))).isEqualTo("x".repeat(24) + "\n" + "x".repeat(6));
        assertThat(HopNames.wrapped("short name")).isEqualTo("short name");
    }
}
