package dev.rollscope.model.sim.engine;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The requests of a scenario: its own, each at its start time, and those of its traffic mix,
 * arriving as a Poisson process (exponential gaps, summed exactly and rounded once to the
 * millisecond) with types drawn by weight, from a random source split off the scenario's seed.
 * Finished runs are recycled.
 */
final class RequestSource {

    private final Engine e;
    private final TrafficMix mix;
    private final SplittableRandom mixRandom;
    private final RequestType[] scenarioTypes;
    private final RequestType[] mixTypes;
    private final int[] mixWeights;
    private final int totalWeight;
    private final List<RequestRun> runs = new ArrayList<>();
    private final ArrayDeque<RequestRun> spare = new ArrayDeque<>();
    private double nextArrival;

    RequestSource(Engine e, Scenario scenario, SplittableRandom random) {
        this.e = e;
        this.mix = scenario.traffic();
        this.mixRandom = random.split();
        scenarioTypes = new RequestType[scenario.requests().size()];
        for (int i = 0; i < scenarioTypes.length; i++) {
            scenarioTypes[i] = RequestType.of(scenario.requests().get(i), e.chain, e.internalBps);
            e.requests.add(scenarioTypes[i], scenario.requests().get(i).start().millis());
            runs.add(null);
            e.events.requestStart(scenario.requests().get(i).start().millis(), i);
        }
        int n = mix == null ? 0 : mix.entries().size();
        mixTypes = new RequestType[n];
        mixWeights = new int[n];
        for (int i = 0; i < n; i++) {
            MixEntry m = mix.entries().get(i);
            mixTypes[i] = RequestType.of(m, e.chain, e.internalBps);
            mixWeights[i] = m.weight();
        }
        totalWeight = mix == null ? 0 : mix.totalWeight();
        if (mix != null) {
            nextArrival = mix.from().millis();
            scheduleNextArrival();
        }
    }

    void startScenarioRequest(int index) {
        start(index, scenarioTypes[index]);
    }

    void mixArrival() {
        RequestType type = drawType();
        int index = e.requests.add(type, e.now());
        runs.add(null);
        start(index, type);
        scheduleNextArrival();
    }

    private void scheduleNextArrival() {
        nextArrival += -Math.log(1.0 - mixRandom.nextDouble()) * 1000.0 / mix.ratePerSecond();
        long at = Math.round(nextArrival);
        if (at < mix.until().millis()) {
            e.events.mixArrival(at);
        }
    }

    private RequestType drawType() {
        int pick = mixRandom.nextInt(totalWeight);
        for (int i = 0; i < mixTypes.length; i++) {
            pick -= mixWeights[i];
            if (pick < 0) {
                return mixTypes[i];
            }
        }
        throw new IllegalStateException("weights");
    }

    private void start(int index, RequestType type) {
        RequestRun r = spare.isEmpty() ? new RequestRun(e.chain.size) : spare.pop();
        r.reset(index, type, e.requests.start(index));
        runs.set(index, r);
        e.flow.start(r);
    }

    /** The live run of a request, or null once it is over. */
    RequestRun run(int index) {
        return runs.get(index);
    }

    void retire(RequestRun r) {
        if (runs.get(r.index) != r) {
            throw new IllegalStateException("request " + e.requests.id(r.index) + " retired twice");
        }
        runs.set(r.index, null);
        spare.push(r);
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
