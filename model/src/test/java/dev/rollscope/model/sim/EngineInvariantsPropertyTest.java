package dev.rollscope.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.Crash;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.MigCanary;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.sim.facade.EngineInvariants;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.EndpointRemoval;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ReplacementMethod;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link EngineInvariants} over random valid chains and scenarios: one to four hops in the shapes
 * of the A-B-C-D chain (an nginx or Kong entry, optionally an L4 stream hop and Kong, then the
 * app), random sizes and rollout, stop and drain settings, one to three disruptions (rollouts,
 * node upgrades, crashes, blue/green switches and canaries, on the same hop or not, at the same
 * time or not), one to four requests and sometimes a traffic mix, each front with or without
 * session affinity and each request from one of two clients or its own. jqwik prints the seed and the shrunk case of a failure; rerun it with
 * {@code -Djqwik.seed=SEED}, or many more cases with {@code -Djqwik.tries.default=100000} (jqwik's default is 1,000 cases)
 * (docs/reliability.md).
 */
class EngineInvariantsPropertyTest {

    @Property(afterFailure = AfterFailureMode.SAMPLE_FIRST)
    void everyRunKeepsTheEngineInvariants(@ForAll("cases") Case c) {
        Topology t = c.topology();
        Scenario s = c.scenario(t);
        new Project(t, List.of(s));
        SimulationResult r = Simulator.run(t, s, SimulationOptions.full());
        assertThat(EngineInvariants.violations(r)).as(c.toString()).isEmpty();
    }

    /** A Deployment's maxSurge and maxUnavailable, in pairs that are not both 0. */
    private static final Scale[] POD_SURGE = {Scale.count(1), Scale.percent(25), Scale.count(1), Scale.count(0),
        Scale.count(2), Scale.percent(50)};
    private static final Scale[] POD_UNAVAILABLE = {Scale.count(0), Scale.percent(25), Scale.count(1), Scale.count(1),
        Scale.count(0), Scale.percent(0)};

    /** A hop's random size and settings. */
    record HopGen(int replicas, int surge, int unavailable, boolean graceful, int preStop, int drain, int grace,
                  boolean recreate) {
    }

    /** kind 0 rollout, 1 node upgrade, 2 crash, 3 blue/green, 4 canary; hop picks among the hops; at in ms. */
    record DisruptionGen(int kind, int hop, int at, int nodes, int instance) {
    }

    /** client: 0-3 none, 4-7 {@link Fixtures#client} kinds 1-4, pausing {@code pause} ms. */
    record RequestGen(boolean post, int bodyKb, int start, int processing, int client, int pause) {
    }

    /**
     * shape bits: 1 Kong entry, 2 an L4 hop B, 4 Kong before the app. rate 0: no traffic mix.
     * affinity draws each front's session affinity and each request's client id (domain.md §12,
     * {@link RandomChains#withAffinity}, {@link RandomChains#clientId}).
     */
    record Case(int shape, List<HopGen> hops, List<DisruptionGen> disruptions, List<RequestGen> requests, int rate,
                long seed, long affinity) {

        Topology topology() {
            List<Hop> out = new ArrayList<>();
            boolean kongFirst = (shape & 1) != 0;
            out.add(kongFirst ? pod(kong("C", FrontKind.GCP_EXTERNAL_ALB), hops.get(0))
                    : mig(Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1),
                            hops.get(0)));
            if ((shape & 2) != 0) {
                out.add(mig(Hop.of("B", "B", HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 1),
                        hops.get(1)));
            }
            boolean kongBeforeApp = kongFirst && out.size() == 1 || !kongFirst && (shape & 4) != 0;
            if (!kongFirst && kongBeforeApp) {
                out.add(pod(kong("C", FrontKind.GCP_INTERNAL_TCP_LB), hops.get(2)));
            }
            FrontKind appFront = kongBeforeApp ? FrontKind.KONG_UPSTREAM : FrontKind.K8S_SERVICE;
            out.add(pod(Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, appFront, 1), hops.get(3)));
            for (int i = 0; i < out.size(); i++) {
                out.set(i, RandomChains.withAffinity(out.get(i), draw(i)));
            }
            return Fixtures.chain(out.toArray(new Hop[0]));
        }

        /** The affinity's {@code i}-th draw. */
        private long draw(int i) {
            return new Random(affinity + i).nextLong();
        }

        Scenario scenario(Topology t) {
            List<Disruption> ds = new ArrayList<>();
            List<Hop> pods = t.hops().stream().filter(h -> h.platform() == Platform.GKE_DEPLOYMENT).toList();
            for (DisruptionGen d : disruptions) {
                Hop h = t.hops().get(d.hop() % t.hops().size());
                TimeSpan at = TimeSpan.ofMillis(d.at());
                switch (d.kind()) {
                    case 1 -> ds.add(new NodeUpgrade(pods.subList(0, 1 + d.hop() % pods.size()).stream()
                            .map(Hop::id).toList(), at, d.nodes()));
                    case 2 -> ds.add(new Crash(h.id(), d.instance() % h.replicas(), at));
                    case 3 -> ds.add(blueGreen(h, at, d.nodes() % 2 == 0));
                    case 4 -> ds.add(h.platform() == Platform.GCE_MIG
                            ? new MigCanary(h.id(), at, 1 + d.instance() % h.replicas()) : new RollOut(h.id(), at));
                    default -> ds.add(new RollOut(h.id(), at));
                }
            }
            List<RequestSpec> rs = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                RequestGen g = requests.get(i);
                long body = g.post() ? 1000L * g.bodyKb() : 0;
                rs.add(new RequestSpec("R" + i, g.post() ? "POST" : "GET", ByteSize.ofBytes(body),
                        ByteSize.ofBytes(10_000), null, null, TimeSpan.ofMillis(g.start()),
                        TimeSpan.ofMillis(g.processing()), null,
                        Fixtures.client(Math.max(0, g.client() - 3), body, 10_000, g.pause())
                                .withId(RandomChains.clientId(draw(10 + i)))));
            }
            TrafficMix mix = rate == 0 ? null : new TrafficMix(rate, TimeSpan.ZERO, TimeSpan.ofSeconds(30),
                    List.of(new MixEntry("read", "GET", ByteSize.ZERO, ByteSize.ofBytes(2048), null, 3),
                            new MixEntry("write", "POST", ByteSize.ofBytes(200_000), ByteSize.ofBytes(100), null, 1,
                                    null, null, Fixtures.client(1, 200_000, 100, Math.floorMod(seed, 90_000))
                                    .withId(RandomChains.clientId(draw(20))))));
            return new Scenario("fuzz", "", ds, rs, mix, seed);
        }

        /** The blue/green switch the hop allows (§14), or a rollout where it allows none. */
        private static Disruption blueGreen(Hop h, TimeSpan at, boolean kongWeights) {
            if (h.platform() == Platform.GCE_MIG) {
                return h.front() == FrontKind.GCP_EXTERNAL_ALB ? new BlueGreen(BlueGreen.Method.URL_MAP, h.id(), at)
                        : new RollOut(h.id(), at);
            }
            if (h.front() == FrontKind.KONG_UPSTREAM && kongWeights) {
                return new BlueGreen(BlueGreen.Method.KONG_WEIGHTS, h.id(), at);
            }
            return h.endpointRemoval() == EndpointRemoval.PROPAGATED
                    ? new BlueGreen(BlueGreen.Method.SELECTOR, h.id(), at) : new RollOut(h.id(), at);
        }

        private Hop kong(String id, FrontKind front) {
            return Hop.of(id, id, HopKind.KONG, Platform.GKE_DEPLOYMENT, front, 1);
        }

        /** maxSurge and maxUnavailable not both 0 (the model refuses that). */
        private static Hop mig(Hop h, HopGen g) {
            int unavailable = g.unavailable() % (g.replicas() + 1);
            int surge = Math.max(unavailable == 0 ? 1 : 0, g.surge() % (g.replicas() + 1));
            Hop m = Hop.of(h.id(), h.name(), h.kind(), h.platform(), h.front(), g.replicas())
                    .with(RolloutSettings.MAX_SURGE, Scale.count(surge))
                    .with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(unavailable))
                    .with(RolloutSettings.REPLACEMENT_METHOD,
                            g.recreate() ? ReplacementMethod.RECREATE : ReplacementMethod.SUBSTITUTE)
                    .with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofSeconds(g.drain()));
            return h.front() == FrontKind.GCP_EXTERNAL_ALB
                    ? m.with(RolloutSettings.DETACH_DELAY, TimeSpan.ofSeconds(g.grace() - 1)) : m;
        }

        private static Hop pod(Hop h, HopGen g) {
            int i = g.surge() % POD_SURGE.length;
            Hop p = Hop.of(h.id(), h.name(), h.kind(), h.platform(), h.front(), g.replicas())
                    .with(RolloutSettings.MAX_SURGE, POD_SURGE[i])
                    .with(RolloutSettings.MAX_UNAVAILABLE, POD_UNAVAILABLE[i])
                    .with(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofSeconds(g.grace()))
                    .with(RolloutSettings.SCALE_DOWN_DELAY, TimeSpan.ofSeconds(g.drain() / 2));
            if (h.kind() == HopKind.KONG) {
                return p.with(LifecycleSettings.KONG_QUIT_WAIT, TimeSpan.ofSeconds(g.preStop()))
                        .with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofSeconds(g.drain()));
            }
            return p.with(LifecycleSettings.ON_STOP_SIGNAL, g.graceful() ? StopBehaviour.GRACEFUL : StopBehaviour.IMMEDIATE)
                    .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(g.preStop()));
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<HopGen> hop = Combinators.combine(Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 6), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 15), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(1, 60), Arbitraries.of(false, true))
                .as(HopGen::new);
        Arbitrary<DisruptionGen> disruption = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 20_000),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 5))
                .as(DisruptionGen::new);
        Arbitrary<RequestGen> request = Combinators.combine(Arbitraries.of(false, true),
                Arbitraries.integers().between(1, 30_000), Arbitraries.integers().between(0, 60_000),
                Arbitraries.integers().between(0, 20_000), Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(1, 90_000))
                .as(RequestGen::new);
        return Combinators.combine(Arbitraries.integers().between(0, 7), hop.list().ofSize(4),
                disruption.list().ofMinSize(1).ofMaxSize(3), request.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)),
                        Tuple.of(1, Arbitraries.integers().between(1, 40))),
                Arbitraries.longs(), Arbitraries.longs())
                .as(Case::new);
    }
}
