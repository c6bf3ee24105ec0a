package dev.rollscope.model.sim.engine;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import java.util.SplittableRandom;

/**
 * The requests of a scenario: its own, each at its start time, and those of its traffic mix,
 * arriving as a Poisson process (exponential gaps, summed exactly and rounded once to the
 * millisecond) with types drawn by weight, from a random source split off the scenario's seed.
 */
final class RequestSource {

    private final Events events;
    private final RequestLog requests;
    private final Runs runs;
    private final RequestFlow flow;
    private final TrafficMix mix;
    private final SplittableRandom mixRandom;
    private final RequestType[] scenarioTypes;
    private final RequestType[] mixTypes;
    private final int[] mixWeights;
    private final int totalWeight;
    private double nextArrival;

    RequestSource(Scenario scenario, SplittableRandom random, Chain chain, long internalBps, Events events,
                  RequestLog requests, Runs runs, RequestFlow flow) {
        this.events = events;
        this.requests = requests;
        this.runs = runs;
        this.flow = flow;
        this.mix = scenario.traffic();
        this.mixRandom = random.split();
        scenarioTypes = new RequestType[scenario.requests().size()];
        for (int i = 0; i < scenarioTypes.length; i++) {
            scenarioTypes[i] = RequestType.of(scenario.requests().get(i), chain, internalBps);
            requests.add(scenarioTypes[i], scenario.requests().get(i).start().millis());
            runs.reserve();
            events.requestStart(scenario.requests().get(i).start().millis(), i);
        }
        int n = mix == null ? 0 : mix.entries().size();
        mixTypes = new RequestType[n];
        mixWeights = new int[n];
        for (int i = 0; i < n; i++) {
            MixEntry m = mix.entries().get(i);
            mixTypes[i] = RequestType.of(m, chain, internalBps);
            mixWeights[i] = m.weight();
        }
        totalWeight = mix == null ? 0 : mix.totalWeight();
        if (mix != null) {
            nextArrival = mix.from().millis();
            scheduleNextArrival();
        }
    }

    void startScenarioRequest(int index) {
        flow.start(runs.start(index, scenarioTypes[index]));
    }

    void mixArrival() {
        RequestType type = drawType();
        int index = requests.add(type, events.now());
        runs.reserve();
        flow.start(runs.start(index, type));
        scheduleNextArrival();
    }

    private void scheduleNextArrival() {
        nextArrival += -Math.log(1.0 - mixRandom.nextDouble()) * 1000.0 / mix.ratePerSecond();
        long at = Math.round(nextArrival);
        if (at < mix.until().millis()) {
            events.mixArrival(at);
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
}
