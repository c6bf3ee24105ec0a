package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.sim.engine.Engine;
import dev.rollscope.model.sim.facade.Simulation;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static final Topology CHAIN = Fixtures.chain(Fixtures.kong("C", FrontKind.GCP_EXTERNAL_ALB, 2),
            Fixtures.runtime("D", FrontKind.K8S_SERVICE, 3));

    private static Scenario mix(long seed) {
        TrafficMix traffic = new TrafficMix(50, TimeSpan.ZERO, TimeSpan.ofSeconds(60), List.of(
                new MixEntry("get", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, 3),
                new MixEntry("post", "POST", ByteSize.ofMegabytes(1), ByteSize.ofBytes(1_000), null, 1)));
        return new Scenario("mix", "", List.of(new RollOut("D", TimeSpan.ofSeconds(5))), List.of(), traffic, seed);
    }

    @Test
    void sameSeedGivesTheSameTraceEventForEvent() {
        SimulationResult first = Simulator.run(CHAIN, mix(7));
        SimulationResult second = Simulator.run(CHAIN, mix(7));

        assertThat(first.trace().size()).isGreaterThan(10_000);
        assertThat(second.trace().events()).isEqualTo(first.trace().events());
        assertThat(second.outcomes()).isEqualTo(first.outcomes());
        assertThat(second.instances()).isEqualTo(first.instances());
    }

    /** runUntil in uneven steps, then to the end: the same trace as one run. */
    @Test
    void steppedRunGivesTheSameResultAsOneRun() {
        SimulationResult whole = Simulator.run(CHAIN, mix(7));
        Simulation stepped = Simulator.start(CHAIN, mix(7), SimulationOptions.full());
        long halfway = 0;
        for (long t = 0; t < 70_000; t += 1_234) {
            long before = stepped.eventCount();
            stepped.runUntil(t);
            assertThat(stepped.eventCount()).isGreaterThanOrEqualTo(before);
            halfway = t <= 30_000 ? stepped.eventCount() : halfway;
        }
        SimulationResult result = stepped.runToEnd();

        assertThat(halfway).isBetween(1L, whole.eventCount() - 1);
        assertThat(result.trace().events()).isEqualTo(whole.trace().events());
        assertThat(result.outcomes()).isEqualTo(whole.outcomes());
        assertThatThrownBy(() -> Simulator.start(CHAIN, mix(7), SimulationOptions.full()).runUntil(10).runUntil(5))
                .hasMessageContaining("already reached t=10 ms");
    }

    @Test
    void fullTraceIsBoundedByTheHeapItCanUse() {
        long bound = SimulationOptions.full().maxEvents();

        assertThat(bound).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() / 500)
                .isLessThanOrEqualTo(SimulationOptions.DEFAULT_MAX_EVENTS);
    }

    @Test
    void anotherSeedDrawsOtherArrivals() {
        SimulationResult a = Simulator.run(CHAIN, mix(7));
        SimulationResult b = Simulator.run(CHAIN, mix(8));

        assertThat(b.requests()).isNotEqualTo(a.requests());
    }

    /** 50 requests/s for 60 s is about 3000 requests: a Poisson count within 5 % of its mean. */
    @Test
    void trafficMixArrivesAtItsRate() {
        SimulationResult r = Simulator.run(CHAIN, mix(7));

        assertThat(r.requests().size()).isBetween(2850, 3150);
        long posts = r.requests().stream().filter(q -> q.method().equals("POST")).count();
        assertThat((double) posts / r.requests().size()).isBetween(0.2, 0.3);
    }

    @Test
    void aScenarioPastTheEventLimitStopsWithAClearMessage() {
        SimulationOptions tight = SimulationOptions.outcomesOnly().withMaxEvents(1000);

        // the engine itself, for a scenario whose estimate was too low
        assertThatThrownBy(() -> new Engine(CHAIN, mix(7), tight).run())
                .isInstanceOf(SimulationLimitException.class)
                .hasMessageContaining("the scenario \"mix\" went past 1000 simulation events")
                .hasMessageContaining("lower its traffic rate or raise the limit");
        // the simulator refuses it before it starts (WorkEstimate)
        assertThatThrownBy(() -> Simulator.run(CHAIN, mix(7), tight))
                .isInstanceOf(SimulationLimitException.class)
                .hasMessageStartingWith("scenario \"mix\" would take up to");
    }
}
