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
import org.junit.jupiter.api.Test;

/**
 * Issue 18's valid files with many rollouts of one hop: 100 rollouts of one hop at once ended in a
 * StackOverflowError (HopSettings.get, Fleet.create), 1,000 staggered rollouts never ended. Each newer
 * rollout supersedes the older (docs/file-format.md, "Several disruptions of one hop"), so whatever the
 * count, the hop ends with its replicas, all of the newest version (the first is version 1, each rollout
 * adds one), ready; and the run ends within a bound.
 */
class ManyRolloutsRegressionTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void aHundredRolloutsOfOneMigAtOnceEndOnTheHundredAndFirstVersion() {
        Topology t = Fixtures.chain(Fixtures.nginx("A", 3), Fixtures.runtime("D", FrontKind.K8S_SERVICE, 1));
        SimulationResult r = assertTimeoutPreemptively(BOUND, () -> Simulator.run(t, rollouts("A", 100, 0),
                SimulationOptions.full()));
        assertEndsOn(r, 0, 3, 101);
    }

    @Test
    void aHundredRolloutsOfOneDeploymentAtOnceEndOnTheHundredAndFirstVersion() {
        Topology t = Fixtures.chain(Fixtures.runtime("D", FrontKind.K8S_SERVICE, 3));
        SimulationResult r = assertTimeoutPreemptively(BOUND, () -> Simulator.run(t, rollouts("D", 100, 0),
                SimulationOptions.full()));
        assertEndsOn(r, 0, 3, 101);
    }

    /** One rollout every 100 ms from 10 s: each supersedes the one before it, well before that one ends. */
    @Test
    void aThousandStaggeredRolloutsEndOnTheThousandAndFirstVersion() {
        Topology t = Fixtures.chain(Fixtures.nginx("A", 2), Fixtures.runtime("D", FrontKind.K8S_SERVICE, 3));
        SimulationResult r = assertTimeoutPreemptively(BOUND, () -> Simulator.run(t, rollouts("D", 1000, 100),
                SimulationOptions.full()));
        assertEndsOn(r, 1, 3, 1001);
    }

    /** {@code count} rollouts of {@code hop}, the first at 10 s, {@code apartMillis} apart; one GET at 0 s. */
    private static Scenario rollouts(String hop, int count, long apartMillis) {
        List<Disruption> d = IntStream.range(0, count)
                .<Disruption>mapToObj(i -> Fixtures.roll(hop, 10_000 + i * apartMillis)).toList();
        return Fixtures.scenario(d, Fixtures.get("r", 0, 100));
    }

    private static void assertEndsOn(SimulationResult r, int hop, int replicas, int version) {
        assertInvariants(r);
        assertThat(r.outcome("r").ok()).isTrue();
        assertThat(r.instances().stream().filter(x -> x.hop() == hop && lastState(x) != InstanceState.GONE))
                .hasSize(replicas).allSatisfy(x -> {
                    assertThat(x.version()).as(x.id()).isEqualTo(version);
                    assertThat(lastState(x)).as(x.id()).isEqualTo(InstanceState.READY);
                });
    }
}
