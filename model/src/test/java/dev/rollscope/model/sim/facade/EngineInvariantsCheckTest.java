package dev.rollscope.model.sim.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.InstanceState;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationFault;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine's invariants hold on every run the {@link Simulator} returns, and a run that broke one
 * would be a {@link SimulationFault} naming the scenario and seed, never a verdict (issue 20).
 */
class EngineInvariantsCheckTest {

    private static final Project DEFAULTS = Examples.read("abcd-defaults");

    private static SimulationResult rollOfD() {
        Scenario s = DEFAULTS.scenarios().stream().filter(x -> x.name().equals("roll D")).findFirst().orElseThrow();
        return Simulator.run(DEFAULTS.topology(), s, SimulationOptions.full());
    }

    private static SimulationResult with(SimulationResult r, List<Outcome> outcomes, List<InstanceInfo> instances) {
        return new SimulationResult(r.topology(), r.scenario(), r.stations(), r.requests(), outcomes, instances,
                r.trace(), r.endTime(), r.eventCount(), Map.of());
    }

    @Test
    void aRunTheSimulatorReturnsKeepsThem() {
        assertThat(EngineInvariants.violations(rollOfD())).isEmpty();
    }

    @Test
    void anOutcomeEndingBeforeItStartsIsAFaultNamingTheScenarioAndSeed() {
        SimulationResult r = rollOfD();
        List<Outcome> outcomes = new ArrayList<>(r.outcomes());
        Outcome o = outcomes.get(0);
        outcomes.set(0, new Outcome(o.request(), o.requestId(), o.ok(), o.status(), o.truncated(), o.start(),
                o.start() - 1, o.attempts(), o.failure()));

        assertThatThrownBy(() -> EngineInvariants.checked(with(r, outcomes, r.instances())))
                .isInstanceOf(SimulationFault.class)
                .hasMessageContaining("\"roll D\"").hasMessageContaining("seed " + r.scenario().seed())
                .hasMessageContaining("ends at " + (o.start() - 1) + " before it starts at " + o.start());
    }

    /** One more ready pod of D for the whole run: the rollout's maxSurge (25 % of 3 pods: 1) is exceeded. */
    @Test
    void oneInstanceTooManyDuringTheRolloutIsCaught() {
        SimulationResult r = rollOfD();
        int d = r.topology().hops().indexOf(r.topology().hop("D").orElseThrow());
        InstanceInfo pod = r.instances().stream().filter(x -> x.hop() == d).findFirst().orElseThrow();
        List<InstanceInfo> instances = new ArrayList<>(r.instances());
        instances.add(new InstanceInfo("D.extra", d, pod.station(), pod.version(), List.of(
                new InstanceInfo.StateInterval(InstanceState.READY, 0, Long.MAX_VALUE))));

        assertThat(EngineInvariants.violations(with(r, r.outcomes(), instances)))
                .anyMatch(v -> v.startsWith("hop D at ") && v.contains("more than 3 + maxSurge 1"));
    }
}
