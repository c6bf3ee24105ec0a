package dev.rollscope.model.export.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.mermaid.MermaidSamples;
import dev.rollscope.model.export.mermaid.MermaidValidator;
import dev.rollscope.model.export.mermaid.ParsedDiagram;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Simulator;
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
        assertThat(d).contains("1000 requests: 1000 failed, 0 OK. Shown: the first 40 failed and an even sample of 0 OK.");
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
}
