package dev.rollscope.model.export.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.mermaid.MermaidSamples;
import dev.rollscope.model.export.mermaid.MermaidValidator;
import dev.rollscope.model.export.mermaid.ParsedDiagram;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.units.TimeSpan;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioDiagramTest {

    @Test
    void overlappingRequestsGoSideBySideWithTheRolloutEventsOfTheirTime() {
        Project p = Examples.read("kong-service-pods");
        SimulationResult r = Simulator.run(p.topology(), p.scenarios().get(0));

        String d = ScenarioDiagram.of(r, ExportOptions.defaults());

        assertThat(d).contains("par rollout", "Note over D: D.2: SIGTERM (fast stop) · t=20.0s", "and GET-in-flight",
                "and POST-in-flight", "C--xclient: 502 · t=20.0s: D.2 exited at once on its stop signal");
        assertThat(d).as("Kong (C) answered the 502 when D.2 cut its connection").doesNotContain("D--xclient");
        assertThat(d.indexOf("end\n")).isLessThan(d.indexOf("client->>D: GET GET-after · t=20.5s"));
    }

    @Test
    void thousandFailedRequestsAreSummarisedBelowMermaidsLimitAndSaySo() {
        SimulationResult r = ThousandRequests.simulate("roll A");

        String d = ScenarioDiagram.of(r, ExportOptions.defaults().withShowLoadBalancers(true)
                .withDetail(ExportOptions.Detail.ALL));

        assertThat(d.length()).isLessThan(50_000);
        assertThat(d).contains("1000 requests: 1000 failed, 0 OK. Shown: the 40 failed requests that started first "
                + "(GET-0 to POST-39) and an even sample of 0 OK.");
        MermaidSamples.write("thousand", Map.of("scenario", d));
        ParsedDiagram parsed = MermaidValidator.validate(Map.of("thousand", d)).get("thousand");
        assertThat(parsed.ok()).as(parsed.error()).isTrue();
    }

    @Test
    void theLoadBalancerThatAnsweredIsTheOneDrawn() {
        Project p = Examples.read("abcd-defaults");
        SimulationResult r = Simulator.run(p.topology(), p.scenario("roll B").orElseThrow());

        String d = ScenarioDiagram.of(r, ExportOptions.defaults());

        // No B instance was left: the GFE in front of A gave up after its 30 s budget and answered 502.
        assertThat(d).contains("client->>gfe_A: GET GET · t=20.0s", "gfe_A--xclient: 502 · t=50.0s: No B instance")
                .doesNotContain("B--xclient");
    }

    @Test
    void aBigScenarioDrawsTheFailuresThatStartedFirstAndNamesThem() {
        // Two requests listed first but sent last: they must not take the place of earlier failures.
        SimulationResult r = ThousandRequests.simulate("roll A", List.of(
                RequestSpec.get("late-GET", TimeSpan.ofMillis(69_990)), RequestSpec.get("late-GET-2", TimeSpan.ofMillis(69_995))));
        List<String> earliest = r.outcomes().stream().filter(o -> !o.ok())
                .sorted(Comparator.comparingLong(Outcome::start)).limit(40).map(Outcome::requestId).toList();

        String d = ScenarioDiagram.of(r, ExportOptions.defaults());

        ParsedDiagram parsed = MermaidValidator.validate(Map.of("d", d)).get("d");
        List<String> drawn = parsed.messages().stream().filter(m -> "client".equals(m.from()) && "SOLID".equals(m.type()))
                .map(m -> m.text().split(" ")[1]).toList();
        assertThat(drawn).containsExactlyElementsOf(earliest).doesNotContain("late-GET", "late-GET-2");
        assertThat(d).contains("Shown: the 40 failed requests that started first (" + earliest.get(0) + " to "
                + earliest.get(39) + ")");
    }
}
