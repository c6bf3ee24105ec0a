package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sampled trace (the Play view's answer to a scenario whose full trace would not fit): the events
 * of requests 0, N, 2N, … exactly as the full trace has them, every instance's, and the same
 * outcomes; its estimate is about 1/N of the full trace's memory.
 */
class TraceSamplingTest {

    private static final Topology CHAIN = Fixtures.chain(Fixtures.kong("C", FrontKind.GCP_EXTERNAL_ALB, 2),
            Fixtures.runtime("D", FrontKind.K8S_SERVICE, 3));
    private static final Scenario MIX = new Scenario("mix", "", List.of(new RollOut("D", TimeSpan.ofSeconds(5))),
            List.of(), new TrafficMix(50, TimeSpan.ZERO, TimeSpan.ofSeconds(60), List.of(
                    new MixEntry("get", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, 3))), 7);

    @Test
    void oneRequestInTenIsTracedAsInTheFullTraceAndEveryInstanceIs() {
        SimulationResult full = Simulator.run(CHAIN, MIX, SimulationOptions.full());
        SimulationResult sampled = Simulator.run(CHAIN, MIX, SimulationOptions.sampled(10));

        assertThat(sampled.trace().every()).isEqualTo(10);
        assertThat(sampled.outcomes()).isEqualTo(full.outcomes());
        assertThat(sampled.trace().events()).isEqualTo(full.trace().events().stream()
                .filter(e -> e.request() < 0 || e.request() % 10 == 0).toList());
        assertThat(sampled.trace().events()).anyMatch(e -> e.request() == 10);
        assertThat(full.trace().events()).anyMatch(e -> e.request() == 11);
        assertThat(sampled.trace().traces(20)).isTrue();
        assertThat(sampled.trace().traces(21)).isFalse();
    }

    /** 3,000 arrivals expected: the full trace's estimated bytes over 10 for one request in ten (outcomes aside). */
    @Test
    void theEstimateOfASampledTraceIsATenthOfTheTrace() {
        WorkEstimate outcomes = WorkEstimate.of(CHAIN, MIX, SimulationOptions.outcomesOnly());
        WorkEstimate full = WorkEstimate.of(CHAIN, MIX, SimulationOptions.full());
        WorkEstimate sampled = WorkEstimate.of(CHAIN, MIX, SimulationOptions.sampled(10));

        assertThat(sampled.bytes() - outcomes.bytes()).isEqualTo((full.bytes() - outcomes.bytes()) / 10);
    }

    /** The fewest of 1, 10, 100, … that bring the estimated events within what the heap can trace. */
    @Test
    void fittingSamplesOnlyWhatTheHeapCannotHold() {
        long fits = SimulationOptions.full().maxEvents();

        assertThat(SimulationOptions.fitting(fits).traceEvery()).isEqualTo(1);
        assertThat(SimulationOptions.fitting(fits + 1).traceEvery()).isEqualTo(10);
        assertThat(SimulationOptions.fitting(fits * 10 + 1).traceEvery()).isEqualTo(100);
    }
}
