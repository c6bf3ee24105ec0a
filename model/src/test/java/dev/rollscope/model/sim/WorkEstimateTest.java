package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Work bounded before it starts (issue 18): the estimate, by hand, and the refusals it makes. */
class WorkEstimateTest {

    /** Two hops: Kong (2 pods) and the application (3 pods). */
    private static final Topology CHAIN = Fixtures.chain(Fixtures.kong("C", FrontKind.GCP_EXTERNAL_ALB, 2),
            Fixtures.runtime("D", FrontKind.K8S_SERVICE, 3));

    private static Scenario traffic(double rate, TimeSpan until) {
        TrafficMix mix = new TrafficMix(rate, TimeSpan.ZERO, until, List.of(
                new MixEntry("get", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, 3)));
        return new Scenario("mix", "", List.of(new RollOut("D", TimeSpan.ofSeconds(5))), List.of(), mix, 1);
    }

    @Test
    void theEstimateIsWorkedOutByHand() {
        // 50/s for 60 s: mean 3000 arrivals, + 5 * sqrt(3000) = 273.9, rounded up: 3274 requests.
        // events: 3274 * (2 hops * 2 + 2) + D's 3 pods * 20 = 19644 + 60 = 19704.
        Scenario s = traffic(50, TimeSpan.ofSeconds(60));
        assertThat(WorkEstimate.of(CHAIN, s, SimulationOptions.outcomesOnly()))
                .isEqualTo(new WorkEstimate(3274, 19_704, 3274 * 200L));
        // a full trace adds 500 bytes per event: 654800 + 19704 * 500 = 10506800.
        assertThat(WorkEstimate.of(CHAIN, s, SimulationOptions.full()).bytes()).isEqualTo(10_506_800L);
    }

    @Test
    void theEstimateBoundsTheEventsTheEngineReallyProcesses() {
        Scenario s = traffic(50, TimeSpan.ofSeconds(60));
        SimulationResult r = Simulator.run(CHAIN, s, SimulationOptions.outcomesOnly());
        assertThat(r.eventCount()).isPositive()
                .isLessThanOrEqualTo(WorkEstimate.of(CHAIN, s, SimulationOptions.outcomesOnly()).events());
    }

    @Test
    void aHundredThousandRequestsPerSecondForAnHourIsRefusedAtOnce() {
        Scenario s = traffic(100_000, TimeSpan.ofSeconds(3600));
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> Simulator.run(CHAIN, s, SimulationOptions.outcomesOnly()))
                        .isInstanceOf(SimulationLimitException.class)
                        .hasMessage("scenario \"mix\" would take up to 2,160,569,274 simulation events "
                                + "(360,094,869 requests), over the limit of 50,000,000; reduce its traffic: "
                                + "ratePerSecond (100000.0) or from-until (0s to 3600s)"));
    }

    @Test
    void aFullTraceThatWouldNotFitIsRefusedBeforeThePlayTabStartsIt() {
        Scenario s = traffic(10_000, TimeSpan.ofSeconds(600));
        SimulationOptions tight = SimulationOptions.full().withMaxEvents(1_000_000);
        assertThatThrownBy(() -> Simulator.start(CHAIN, s, tight)).isInstanceOf(SimulationLimitException.class)
                .hasMessageContaining("over the limit of 1,000,000; reduce its traffic");
    }

    @Test
    void saturatedArithmeticKeepsAnAbsurdEstimateAtTheLongMaximum() {
        Scenario s = traffic(TrafficMix.MAX_RATE, TimeSpan.ofSeconds(86_400));
        WorkEstimate w = WorkEstimate.of(CHAIN, s, SimulationOptions.full());
        // 100000/s for a day: 8.64e9 requests, 5.2e10 events, 2.6e13 bytes; all positive, none wrapped.
        assertThat(w.requests()).isEqualTo(8_640_464_759L);
        assertThat(w.events()).isPositive().isEqualTo(8_640_464_759L * 6 + 60);
        assertThat(w.bytes()).isPositive();
    }
}
