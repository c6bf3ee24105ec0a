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
                "and POST-in-flight", "D--xclient: 502 · t=20.0s: D.2 exited at once on its stop signal");
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
}
