package dev.rollscope.model.sim.engine;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The requests of a scenario: its own, each at its start time, and those of its traffic mix,
 * arriving as a Poisson process (exponential gaps, rounded to the millisecond) with types drawn by
 * weight, from a random source split off the scenario's seed.
 */
final class RequestSource {

    private final Engine e;
    private final TrafficMix mix;
    private final SplittableRandom mixRandom;
    private final List<RequestSpec> specs = new ArrayList<>();
    private final List<RequestRun> runs = new ArrayList<>();
    private long nextArrival;
    private int mixCount;

    RequestSource(Engine e, Scenario scenario, SplittableRandom random) {
        this.e = e;
        this.mix = scenario.traffic();
        this.mixRandom = random.split();
        for (int i = 0; i < scenario.requests().size(); i++) {
            RequestSpec r = scenario.requests().get(i);
            specs.add(r);
            runs.add(null);
            e.at(r.start().millis(), Ev.REQUEST_START, i, 0, 0);
        }
        if (mix != null) {
            nextArrival = mix.from().millis();
            scheduleNextArrival();
        }
    }

    void startScenarioRequest(int index) {
        begin(index, specs.get(index));
    }

    void mixArrival() {
        MixEntry entry = drawEntry();
        mixCount++;
        RequestSpec spec = entry.toRequest(entry.name() + "." + mixCount, TimeSpan.ofMillis(e.now()));
        specs.add(spec);
        runs.add(null);
        begin(specs.size() - 1, spec);
        scheduleNextArrival();
    }

    private void scheduleNextArrival() {
        double gapSeconds = -Math.log(1.0 - mixRandom.nextDouble()) / mix.ratePerSecond();
        nextArrival += Math.round(gapSeconds * 1000);
        if (nextArrival < mix.until().millis()) {
            e.at(nextArrival, Ev.MIX_ARRIVAL, mixCount, 0, 0);
        }
    }

    private MixEntry drawEntry() {
        int pick = mixRandom.nextInt(mix.totalWeight());
        for (MixEntry m : mix.entries()) {
            pick -= m.weight();
            if (pick < 0) {
                return m;
            }
        }
        throw new IllegalStateException("weights");
    }

    private void begin(int index, RequestSpec spec) {
        ClientProfile client = e.chain.topology.client();
        long up = spec.upload() != null ? spec.upload().bitsPerSecond() : client.upload().bitsPerSecond();
        long down = spec.download() != null ? spec.download().bitsPerSecond() : client.download().bitsPerSecond();
        long processing = spec.processing() != null ? spec.processing().millis()
                : e.chain.processing[e.chain.lastStation()];
        RequestRun r = new RequestRun(index, spec, e.chain.size, up, down, processing);
        runs.set(index, r);
        e.flow.start(r);
    }

    /** The live run of a request, or null once it is over. */
    RequestRun run(int index) {
        return runs.get(index);
    }

    void retire(RequestRun r) {
        runs.set(r.index, null);
    }

    List<RequestSpec> specs() {
        return specs;
    }

    /** Requests still running (at the horizon). */
    List<RequestRun> open() {
        List<RequestRun> out = new ArrayList<>();
        for (RequestRun r : runs) {
            if (r != null && !r.done()) {
                out.add(r);
            }
        }
        return out;
    }
}
