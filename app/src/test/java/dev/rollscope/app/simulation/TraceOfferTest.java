package dev.rollscope.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.playback.Examples;
import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.units.TimeSpan;
import org.junit.jupiter.api.Test;

/** What the Play view offers for a scenario whose full trace would not fit. */
class TraceOfferTest {

    private final Project busy = Examples.busyRollC();
    private final Scenario rollC = busy.scenario("roll C").orElseThrow();

    /**
     * 100 requests/s for 60 s: at most 6,000 + 5 × √6,000 → 6,388 arrivals, + 2 requests = 6,390;
     * 6,390 × (4 hops × 2 + 2) + 20 × C's 2 pods = 63,940 events; 6,390 × 200 B + 63,940 × 500 B.
     */
    @Test
    void oneRequestInTenIsOfferedWithTheFullTracesEstimate() {
        TraceOffer offer = TraceOffer.of(busy.topology(), rollC).orElseThrow();

        assertThat(offer.full().events()).isEqualTo(63_940);
        assertThat(offer.full().bytes()).isEqualTo(33_248_000);
        assertThat(offer.every()).isEqualTo(10);
        assertThat(offer.options().traceEvery()).isEqualTo(10);
        assertThat(offer.limitEvents()).isEqualTo(SimulationOptions.full().maxEvents());
    }

    /** 100,000 requests/s for an hour: 360 M requests, 3.6 G events, past the 50 M any run may take. */
    @Test
    void nothingIsOfferedWhenEvenASampledTraceWouldNotFit() {
        TrafficMix mix = rollC.traffic();
        Scenario huge = rollC.withTraffic(new TrafficMix(100_000, TimeSpan.ZERO, TimeSpan.ofSeconds(3600),
                mix.entries()));

        assertThat(TraceOffer.of(busy.topology(), huge)).isEmpty();
    }
}
