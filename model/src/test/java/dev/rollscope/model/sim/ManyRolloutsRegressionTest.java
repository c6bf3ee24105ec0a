package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.EngineIntegrityReprosTest.assertInvariants;
import static dev.rollscope.model.sim.EngineIntegrityReprosTest.lastState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Topology;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 18's valid files with many rollouts of one hop: 100 rollouts of one hop at once ended in a
 * StackOverflowError (HopSettings.get, Fleet.create), 1,000 staggered rollouts never ended. Each newer
 * rollout supersedes the older (docs/file-format.md, "Several disruptions of one hop"), so whatever the
 * count, the hop ends with its replicas, all of the newest version (the first is version 1, each rollout
 * adds one), ready; and the run ends within a bound.
 */
class ManyRolloutsRegressionTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    /**
     * 100 rollouts of A (a MIG of 3 VMs, before D) or of D (a Deployment of 3 pods) at 10 s; 1,000 of D
     * from 10 s, one every 100 ms, each superseding the one before it well before that one ends.
     */
    @ParameterizedTest(name = "{1} rollouts of {0}, {2} ms apart")
    @CsvSource({"A, 100, 0, 0, 101", "D, 100, 0, 1, 101", "D, 1000, 100, 1, 1001"})
    void manyRolloutsOfOneHopEndOnTheNewestVersion(String hop, int count, long apartMillis, int hopIndex,
            int version) {
        Topology t = Fixtures.chain(Fixtures.nginx("A", 3), Fixtures.runtime("D", FrontKind.K8S_SERVICE, 3));
        SimulationResult r = assertTimeoutPreemptively(BOUND, () -> Simulator.run(t, rollouts(hop, count, apartMillis),
                SimulationOptions.full()));

        assertInvariants(r);
        assertThat(r.outcome("r").ok()).isTrue();
        assertThat(r.instances().stream().filter(x -> x.hop() == hopIndex && lastState(x) != InstanceState.GONE))
                .hasSize(3).allSatisfy(x -> {
                    assertThat(x.version()).as(x.id()).isEqualTo(version);
                    assertThat(lastState(x)).as(x.id()).isEqualTo(InstanceState.READY);
                });
    }

    /** {@code count} rollouts of {@code hop}, the first at 10 s, {@code apartMillis} apart; one GET at 0 s. */
    private static Scenario rollouts(String hop, int count, long apartMillis) {
        List<Disruption> d = IntStream.range(0, count)
                .<Disruption>mapToObj(i -> Fixtures.roll(hop, 10_000 + i * apartMillis)).toList();
        return Fixtures.scenario(d, Fixtures.get("r", 0, 100));
    }
}
