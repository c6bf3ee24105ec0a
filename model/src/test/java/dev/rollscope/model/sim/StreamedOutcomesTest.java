package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A streamed run ({@link Simulator#stream}) hands on exactly the outcomes a kept run has: every
 * request once, as it ends, with the same request, outcome and upload summary, and the same totals.
 */
class StreamedOutcomesTest {

    @Test
    void everyExampleStreamsTheOutcomesItKeeps() {
        int scenarios = 0;
        for (Map.Entry<String, Project> e : Examples.all().entrySet()) {
            for (Scenario s : e.getValue().scenarios()) {
                assertStreamsAsKept(e.getValue().topology(), s, e.getKey() + " / " + s.name());
                scenarios++;
            }
        }
        assertThat(scenarios).isGreaterThan(30);
    }

    /**
     * 400 requests/s for 100 s under a roll of D: about 40,000 requests, over two of the request
     * log's chunks of 16,384, which a streamed run drops once every request in them has ended.
     */
    @Test
    void aLongMixStreamsAcrossTheLogsChunks() {
        Topology chain = Fixtures.chain(Fixtures.kong("C", FrontKind.GCP_EXTERNAL_ALB, 2),
                Fixtures.runtime("D", FrontKind.K8S_SERVICE, 3));
        TrafficMix mix = new TrafficMix(400, TimeSpan.ZERO, TimeSpan.ofSeconds(100), List.of(
                new MixEntry("get", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, 9),
                new MixEntry("post", "POST", ByteSize.ofBytes(5_000_000), ByteSize.ofBytes(1_000), null, 1)));
        Scenario s = new Scenario("mix", "", List.of(new RollOut("D", TimeSpan.ofSeconds(20))), List.of(), mix, 3);
        SimulationResult kept = assertStreamsAsKept(chain, s, "mix");
        assertThat(kept.requests()).hasSizeGreaterThan(2 * 16_384);
        assertThat(kept.failedCount()).isPositive();
    }

    /** What the stream throws is the caller's, handed on between events: never an engine fault. */
    @Test
    void whatTheStreamThrowsReachesTheCallerAsItIs() {
        Project p = Examples.read("abcd-defaults");
        IllegalStateException stop = new IllegalStateException("the reader went away");
        assertThatThrownBy(() -> Simulator.stream(p.topology(), p.scenarios().get(0), SimulationOptions.outcomesOnly(),
                (o, request, upload) -> {
                    throw stop;
                })).isSameAs(stop);
    }

    private static SimulationResult assertStreamsAsKept(Topology t, Scenario s, String what) {
        SimulationResult kept = Simulator.run(t, s, SimulationOptions.outcomesOnly());
        List<Outcome> order = new ArrayList<>();
        Map<Integer, RequestSpec> requests = new HashMap<>();
        Map<Integer, UploadSummary> uploads = new HashMap<>();
        OutcomeStream.Totals totals = Simulator.stream(t, s, SimulationOptions.outcomesOnly(), (o, request, upload) -> {
            order.add(o);
            assertThat(requests.put(o.request(), request)).as("%s: %s handed on twice", what, o.requestId()).isNull();
            upload.ifPresent(u -> uploads.put(o.request(), u));
        });
        assertThat(order).as(what).hasSameSizeAs(kept.outcomes());
        for (int i = 1; i < order.size(); i++) {
            assertThat(order.get(i).end()).as("%s: in the order requests end", what)
                    .isGreaterThanOrEqualTo(order.get(i - 1).end());
        }
        for (Outcome o : order) {
            assertThat(o).as(what).isEqualTo(kept.outcomes().get(o.request()));
            assertThat(requests.get(o.request())).as(what).isEqualTo(kept.requests().get(o.request()));
            assertThat(Optional.ofNullable(uploads.get(o.request()))).as(what).isEqualTo(kept.upload(o.request()));
        }
        assertThat(totals).as(what).isEqualTo(new OutcomeStream.Totals(kept.requests().size(), kept.failedCount(),
                kept.endTime(), kept.eventCount()));
        return kept;
    }
}
