package dev.rollscope.model.sim;

import dev.rollscope.model.i18n.Refusal;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Topology;
import java.util.Locale;

/**
 * How much work a scenario will be, worked out from its text before a simulation starts, so that a
 * scenario too big for the limits is refused at once with what to reduce, not after minutes or with
 * an out-of-memory error.
 *
 * <p>The estimate is an upper bound in the shape of the engine's work: each request passes every
 * hop, each passage costs at most {@link #EVENTS_PER_REQUEST_HOP} events (connect, send, answer,
 * plus a retry or timer now and then), with {@link #EVENTS_PER_REQUEST} more for its start and end;
 * each disruption moves every instance of its hops through about {@link #EVENTS_PER_INSTANCE}
 * events. The engine benchmark (docs/benchmarks.md) measured 5.3 events per request on a four-hop
 * chain, where this estimate gives 10. Traffic counts its mean number of arrivals plus five standard
 * deviations (a Poisson process of mean n has deviation √n).
 *
 * @param requests the requests the scenario sends: its own and its traffic's
 * @param events   engine events, at most
 * @param bytes    heap the result needs: outcomes, and the trace when the options record it
 */
public record WorkEstimate(long requests, long events, long bytes) {

    static final long EVENTS_PER_REQUEST_HOP = 2;
    static final long EVENTS_PER_REQUEST = 2;
    static final long EVENTS_PER_INSTANCE = 20;
    /** Heap an outcome keeps per request (columns of the request log), rounded up. */
    static final long OUTCOME_BYTES = 200;

    /** The estimate of {@code scenario} on {@code topology} with what {@code options} record. */
    public static WorkEstimate of(Topology topology, Scenario scenario, SimulationOptions options) {
        long requests = scenario.requests().size() + arrivals(scenario.traffic());
        long hops = topology.hops().size();
        long events = saturatedAdd(saturatedMultiply(requests, saturatedAdd(saturatedMultiply(hops,
                EVENTS_PER_REQUEST_HOP), EVENTS_PER_REQUEST)), disruptionEvents(topology, scenario));
        long bytes = saturatedMultiply(requests, OUTCOME_BYTES);
        if (options.detail() == SimulationOptions.Detail.FULL) {
            bytes = saturatedAdd(bytes, saturatedMultiply(events, SimulationOptions.FULL_TRACE_BYTES_PER_EVENT)
                    / options.traceEvery());
        }
        return new WorkEstimate(requests, events, bytes);
    }

    /**
     * Refuses a scenario whose estimate is over the options' event limit or over half of this
     * JVM's heap.
     *
     * @throws SimulationLimitException saying the estimate, the limit and what to reduce
     */
    public static void check(Topology topology, Scenario scenario, SimulationOptions options) {
        WorkEstimate w = of(topology, scenario, options);
        long heap = Runtime.getRuntime().maxMemory() / 2;
        if (w.events > options.maxEvents()) {
            throw new SimulationLimitException(Refusal.of("limit.events", name(scenario), count(w.events),
                    count(w.requests), count(options.maxEvents()), whatToReduce(scenario)));
        }
        if (w.bytes > heap) {
            String key = options.detail() == SimulationOptions.Detail.FULL ? "limit.memoryTraced" : "limit.memory";
            throw new SimulationLimitException(Refusal.of(key, name(scenario), w.bytes >> 20, count(w.requests),
                    heap >> 20, whatToReduce(scenario)));
        }
    }

    private static long arrivals(TrafficMix mix) {
        if (mix == null) {
            return 0;
        }
        double mean = mix.ratePerSecond() * (mix.until().millis() - mix.from().millis()) / 1000.0;
        double bound = Math.ceil(mean + 5 * Math.sqrt(mean));
        return bound >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bound;
    }

    private static long disruptionEvents(Topology topology, Scenario scenario) {
        long events = 0;
        for (Disruption d : scenario.disruptions()) {
            for (String id : d.hops()) {
                long replicas = topology.hop(id).map(Hop::replicas).orElse(1);
                events = saturatedAdd(events, saturatedMultiply(replicas, EVENTS_PER_INSTANCE));
            }
        }
        return events;
    }

    private static Refusal whatToReduce(Scenario scenario) {
        TrafficMix mix = scenario.traffic();
        if (mix != null && arrivals(mix) >= scenario.requests().size()) {
            return Refusal.of("limit.reduceTraffic", mix.ratePerSecond(), mix.from(), mix.until());
        }
        return Refusal.of("limit.reduceRequests", scenario.requests().size(), scenario.disruptions().size());
    }

    private static String name(Scenario scenario) {
        return dev.rollscope.model.units.Excerpt.cut(scenario.name());
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    private static long saturatedMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
    }
}
