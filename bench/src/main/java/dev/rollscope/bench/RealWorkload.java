package dev.rollscope.bench;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The real workload: a 10-minute rollout of a four-hop chain (A nginx behind the GFE, B stream
 * behind an NLB, C Kong, D app pods behind Kong; 20 instances each) in which D rolls one pod at a
 * time, 30 s each, under a Poisson mix of 1,000 requests/s (9 GETs to 1 1 MB POST): about 600,000
 * requests and 3.2 million engine events, outcomes only. {@link #warm} is timed after warm-up
 * (with JMH's allocation profiler for bytes per event); {@link #cold} once in each of several fresh
 * JVMs. {@link Benchmarks} turns the scores into events per second.
 */
public class RealWorkload {

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5, time = 3)
    @Measurement(iterations = 5, time = 3)
    @Fork(1)
    public SimulationResult warm() {
        return simulate();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public SimulationResult cold() {
        return simulate();
    }

    /** Builds the chain and the scenario too (microseconds), so that a cold run loads every class it needs. */
    static SimulationResult simulate() {
        return Simulator.run(chain(), scenario(), SimulationOptions.outcomesOnly());
    }

    private static Topology chain() {
        Hop a = Hop.of("A", "A nginx", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 20)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100));
        Hop b = Hop.of("B", "B stream", HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 20);
        Hop c = Hop.of("C", "C Kong", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_INTERNAL_TCP_LB, 20);
        Hop d = Hop.of("D", "D app", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.KONG_UPSTREAM, 20)
                .with(RolloutSettings.MAX_SURGE, Scale.count(1)).with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(0))
                .with(LifecycleSettings.STARTUP_TIME, TimeSpan.ofSeconds(30))
                .with(LifecycleSettings.READINESS_PERIOD, TimeSpan.ofSeconds(1));
        return new Topology("bench", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, b, c, d), Layout.EMPTY);
    }

    /** D rolls one pod at a time, 30 s each: 20 pods take 10 minutes; traffic runs for those 10 minutes. */
    private static Scenario scenario() {
        TrafficMix mix = new TrafficMix(1000, TimeSpan.ZERO, TimeSpan.ofSeconds(600), List.of(
                new MixEntry("get", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), TimeSpan.ofMillis(50), 9),
                new MixEntry("post", "POST", ByteSize.ofMegabytes(1), ByteSize.ofBytes(1_000), TimeSpan.ofMillis(200), 1)));
        return new Scenario("bench", "", List.of(new RollOut("D", TimeSpan.ZERO)), List.of(), mix, 42);
    }
}
