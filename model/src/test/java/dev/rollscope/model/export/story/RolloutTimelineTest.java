package dev.rollscope.model.export.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import org.junit.jupiter.api.Test;

class RolloutTimelineTest {

    @Test
    void podReplacementShowsCreateRemoveSignalsAndTheServiceCatchingUp() {
        Project p = Examples.read("kong-service-pods");
        SimulationResult r = Simulator.run(p.topology(), p.scenarios().get(0));

        String d = RolloutTimeline.of(r, ExportOptions.defaults());

        assertThat(d).contains("participant D_ctl as Kubernetes (Deployment,<br/>kubelet)", "participant lb_D as Service → D",
                "Note over D_ctl,D_4: Running at t=0.0s: D.1, D.2", "D_ctl->>D_3: create · t=10.0s",
                "D_ctl->>D_2: remove (rollout) · t=20.0s", "D_ctl->>D_2: SIGTERM (fast stop) · t=20.0s",
                "lb_D-)D_2: stops choosing D.2 · t=21.0s", "lb_D->>D_3: starts choosing D.3 · t=21.0s");
    }

    @Test
    void migDrainIsDrawnFromTheLoadBalancer() {
        Project p = Examples.read("abcd-zero-downtime");
        SimulationResult r = Simulator.run(p.topology(), p.scenario("roll A").orElseThrow());

        String d = RolloutTimeline.of(r, ExportOptions.defaults());

        assertThat(d).contains("participant A_ctl as MIG updater", "participant lb_A as External ALB → A")
                .containsPattern("lb_A-\\)A_\\d: drain until t=[0-9.]+s · t=");
    }

    @Test
    void scenarioWithoutDisruptionSaysNothingRolls() {
        Project p = Examples.read("failure-read-timeout");
        SimulationResult r = Simulator.run(p.topology(), p.scenarios().get(0));

        assertThat(RolloutTimeline.of(r, ExportOptions.defaults())).contains("nothing rolls in this scenario");
    }
}
