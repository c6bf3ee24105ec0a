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
import dev.rollscope.model.topology.KongHashOn;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.SessionAffinity;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.topology.TrafficPolicy;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Random chains in the shape of the seed documents (an L7 entry, optionally an L4 stream hop and
 * Kong, then the app), random settings, and one rollout (one in four times a blue/green switch or
 * a canary instead) with one request. A MIG's maxSurge always
 * covers its size, so removing a VM never delays creating the next one. Each front draws its
 * session affinity (domain.md §12) from a generator of its own ({@link #withAffinity}), and the
 * request a client id, so that a seed draws the same chain, settings and request as before affinity
 * was drawn, with affinity on top.
 */
public final class RandomChains {

    /** The choices a front may pin by, NONE drawn about half the time. */
    private static final SessionAffinity[] AFFINITIES = SessionAffinity.values();

    private final Random rnd;
    /** Draws affinity only, so that the other draws do not depend on it. */
    private final Random affinity;

    public RandomChains(long seed) {
        rnd = new Random(seed);
        affinity = new Random(~seed);
    }

    /**
     * The hop with session affinity at its front as {@code draw} chooses (domain.md §12): about
     * half the time none; else a {@code sessionAffinity} the front allows (with a cookie lifetime
     * behind the external ALB, an idle timeout behind a Service), or a {@code hashOn} behind a
     * Kong upstream.
     */
    public static Hop withAffinity(Hop h, long draw) {
        Random r = new Random(draw);
        if (r.nextBoolean()) {
            return h;
        }
        if (h.front() == FrontKind.KONG_UPSTREAM) {
            KongHashOn[] on = KongHashOn.values();
            return h.with(FrontSettings.HASH_ON, on[r.nextInt(on.length)]);
        }
        List<SessionAffinity> allowed = Arrays.stream(AFFINITIES).filter(a -> a.allowedBehind(h.front())).toList();
        Hop out = h.with(FrontSettings.SESSION_AFFINITY, allowed.get(r.nextInt(allowed.size())));
        return switch (h.front()) {
            case GCP_EXTERNAL_ALB -> out.with(FrontSettings.AFFINITY_COOKIE_TTL, TimeSpan.ofSeconds(
                    r.nextBoolean() ? 0 : 1 + r.nextInt(120)));
            case K8S_SERVICE -> out.with(FrontSettings.AFFINITY_TIMEOUT, TimeSpan.ofSeconds(1 + r.nextInt(
                    r.nextBoolean() ? 120 : 10_800)));
            case GCP_INTERNAL_TCP_LB, KONG_UPSTREAM -> out;
        };
    }

    /** One of two clients, or a client of its own (null). */
    public static String clientId(long draw) {
        int c = Math.floorMod(draw, 3);
        return c == 0 ? null : "client" + c;
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
        return Fixtures.chain(hops.stream().map(h -> withAffinity(h, affinity.nextLong())).toArray(Hop[]::new));
    }

    public Scenario scenario(Topology t) {
        String hop = t.hops().get(rnd.nextInt(t.hops().size())).id();
        boolean post = rnd.nextBoolean();
        long body = post ? 1_000L * (1 + rnd.nextInt(30_000)) : 0;
        RequestSpec req = new RequestSpec("R", post ? "POST" : "GET", ByteSize.ofBytes(body), ByteSize.ofBytes(10_000),
                null, null, TimeSpan.ofMillis(rnd.nextInt(120_000)), TimeSpan.ofMillis(rnd.nextInt(20_000)), null,
                rnd.nextInt(4) == 0 ? Fixtures.client(1 + rnd.nextInt(4), body, 10_000, rnd.nextInt(90_000))
                        .withId(clientId(affinity.nextLong()))
                        : ClientBehaviour.NONE.withId(clientId(affinity.nextLong())));
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
