package dev.rollscope.model.bench;

import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Simulator;
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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Prints how fast the engine simulates a 10-minute rollout of a four-hop chain with 20 instances
 * per hop under 1,000 requests/s (about 600,000 requests): wall time, events per second, bytes
 * allocated per event and peak heap. Run: see docs/benchmarks.md.
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Topology t = chain();
        Scenario s = scenario();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 1; i <= runs; i++) {
            resetPeaks();
            long bytes0 = threads.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            SimulationResult r = Simulator.run(t, s, SimulationOptions.outcomesOnly());
            long nanos = System.nanoTime() - t0;
            long bytes = threads.getCurrentThreadAllocatedBytes() - bytes0;
            System.out.printf("run %d: %,d requests, %,d failed, %,d events in %,d ms = %,.0f events/s, "
                            + "%.1f bytes allocated/event, peak heap %,d MB%n", i, r.requests().size(),
                    r.failedCount(), r.eventCount(), nanos / 1_000_000, r.eventCount() / (nanos / 1e9),
                    (double) bytes / r.eventCount(), peakHeap() >> 20);
        }
    }

    static Topology chain() {
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
    static Scenario scenario() {
        TrafficMix mix = new TrafficMix(1000, TimeSpan.ZERO, TimeSpan.ofSeconds(600), List.of(
                new MixEntry("get", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), TimeSpan.ofMillis(50), 9),
                new MixEntry("post", "POST", ByteSize.ofMegabytes(1), ByteSize.ofBytes(1_000), TimeSpan.ofMillis(200), 1)));
        return new Scenario("bench", "", List.of(new RollOut("D", TimeSpan.ZERO)), List.of(), mix, 42);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
