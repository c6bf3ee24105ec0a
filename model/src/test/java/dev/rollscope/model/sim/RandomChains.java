package dev.rollscope.model.sim;

import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.MigCanary;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.EndpointRemoval;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.topology.TrafficPolicy;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random chains in the shape of the seed documents (an L7 entry, optionally an L4 stream hop and
 * Kong, then the app), random settings, and one rollout (one in four times a blue/green switch or
 * a canary instead) with one request. A MIG's maxSurge always
 * covers its size, so removing a VM never delays creating the next one.
 */
public final class RandomChains {

    private final Random rnd;

    public RandomChains(long seed) {
        rnd = new Random(seed);
    }

    public Topology topology() {
        List<Hop> hops = new ArrayList<>();
        boolean kongFirst = rnd.nextBoolean();
        hops.add(kongFirst ? kong("C", FrontKind.GCP_EXTERNAL_ALB) : nginxA());
        if (rnd.nextBoolean()) {
            hops.add(mig(Hop.of("B", "B", HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, replicas())));
        }
        boolean kongBeforeApp = kongFirst && hops.size() == 1 || !kongFirst && rnd.nextBoolean();
        if (!kongFirst && kongBeforeApp) {
            hops.add(kong("C", FrontKind.GCP_INTERNAL_TCP_LB));
        }
        FrontKind appFront = kongBeforeApp ? FrontKind.KONG_UPSTREAM : FrontKind.K8S_SERVICE;
        hops.add(pod(Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, appFront, replicas())
                .with(LifecycleSettings.ON_STOP_SIGNAL, rnd.nextBoolean() ? StopBehaviour.GRACEFUL : StopBehaviour.IMMEDIATE)
                .with(LifecycleSettings.PRE_STOP_SLEEP, seconds(0, 6))));
        return Fixtures.chain(hops.toArray(new Hop[0]));
    }

    public Scenario scenario(Topology t) {
        String hop = t.hops().get(rnd.nextInt(t.hops().size())).id();
        boolean post = rnd.nextBoolean();
        long body = post ? 1_000L * (1 + rnd.nextInt(30_000)) : 0;
        RequestSpec req = new RequestSpec("R", post ? "POST" : "GET", ByteSize.ofBytes(body), ByteSize.ofBytes(10_000),
                null, null, TimeSpan.ofMillis(rnd.nextInt(120_000)), TimeSpan.ofMillis(rnd.nextInt(20_000)), null,
                rnd.nextInt(4) == 0 ? Fixtures.client(1 + rnd.nextInt(4), body, 10_000, rnd.nextInt(90_000))
                        : ClientBehaviour.NONE);
        TimeSpan at = TimeSpan.ofMillis(rnd.nextInt(20_000));
        long seed = rnd.nextLong();
        Disruption d = rnd.nextInt(4) == 0 ? switchover(t.hop(hop).orElseThrow(), at) : new RollOut(hop, at);
        return new Scenario("random", "", List.of(d), List.of(req), null, seed);
    }

    /**
     * Instead of a rollout, the blue/green switch or canary the hop allows (§14): a URL map switch
     * or a canary of a MIG behind the external ALB, a canary of another MIG, a selector switch or
     * Kong target weights of pods whose front only propagates; else the rollout.
     */
    private Disruption switchover(Hop h, TimeSpan at) {
        if (h.platform() == Platform.GCE_MIG) {
            return h.front() == FrontKind.GCP_EXTERNAL_ALB && rnd.nextBoolean()
                    ? new BlueGreen(BlueGreen.Method.URL_MAP, h.id(), at)
                    : new MigCanary(h.id(), at, 1 + rnd.nextInt(h.replicas()));
        }
        if (h.endpointRemoval() != EndpointRemoval.PROPAGATED) {
            return new RollOut(h.id(), at);
        }
        return h.front() == FrontKind.KONG_UPSTREAM && rnd.nextBoolean()
                ? new BlueGreen(BlueGreen.Method.KONG_WEIGHTS, h.id(), at)
                : new BlueGreen(BlueGreen.Method.SELECTOR, h.id(), at);
    }

    public int nextInt(int bound) {
        return rnd.nextInt(bound);
    }

    private Hop nginxA() {
        return mig(Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, replicas())
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(FrontSettings.BACKEND_TIMEOUT, seconds(30, 120))
                .with(RolloutSettings.DETACH_DELAY, seconds(0, 60)));
    }

    /** Behind a GKE Service's NLB, any of its three ways to see a pod leave (§10): Cluster, Local, Local + subsetting. */
    private Hop kong(String id, FrontKind front) {
        Hop h = Hop.of(id, id, HopKind.KONG, Platform.GKE_DEPLOYMENT, front, replicas());
        if (front == FrontKind.GCP_INTERNAL_TCP_LB) {
            int mode = rnd.nextInt(3);
            h = h.with(FrontSettings.EXTERNAL_TRAFFIC_POLICY, mode == 0 ? TrafficPolicy.CLUSTER : TrafficPolicy.LOCAL)
                    .with(FrontSettings.GKE_SUBSETTING, mode == 2);
        }
        return pod(h.with(LifecycleSettings.KONG_QUIT_WAIT, seconds(0, 15))
                .with(LifecycleSettings.KONG_QUIT_TIMEOUT, seconds(1, 20))
                .with(FrontSettings.DRAIN_TIMEOUT, seconds(0, 60)));
    }

    private Hop mig(Hop h) {
        return h.with(RolloutSettings.MAX_SURGE, Scale.count(h.replicas()))
                .with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(rnd.nextInt(h.replicas() + 1)))
                .with(FrontSettings.DRAIN_TIMEOUT, seconds(0, 60));
    }

    private Hop pod(Hop h) {
        Scale[] surge = {Scale.count(1), Scale.percent(25), Scale.count(1)};
        Scale[] unavailable = {Scale.count(0), Scale.percent(25), Scale.count(1)};
        int i = rnd.nextInt(surge.length);
        return h.with(RolloutSettings.MAX_SURGE, surge[i]).with(RolloutSettings.MAX_UNAVAILABLE, unavailable[i])
                .with(LifecycleSettings.TERMINATION_GRACE_PERIOD, seconds(10, 60))
                .with(RolloutSettings.SCALE_DOWN_DELAY, seconds(0, 60));
    }

    private int replicas() {
        return 1 + rnd.nextInt(3);
    }

    TimeSpan seconds(int from, int to) {
        return TimeSpan.ofSeconds(from + rnd.nextInt(to - from + 1));
    }
}
