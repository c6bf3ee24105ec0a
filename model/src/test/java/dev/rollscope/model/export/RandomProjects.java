package dev.rollscope.model.export;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
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
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random chains in the seed's shapes (an nginx or Kong entry, maybe an L4 hop and Kong, then the
 * application) with names a user could type (Chinese, punctuation, Mermaid keywords, emoji), and a
 * scenario rolling one hop under a few GETs and POSTs.
 */
final class RandomProjects {

    private static final List<String> FRAGMENTS = List.of("客户端", "网关", "（旧）", "end", "Note", "loop", "box",
            "participant", "as", "x", "(", ")", ":", ";", "#", "#59;", "<br>", "%%", "%", "->>", "-x", "\"", "'", "\\",
            "{", "}", "$$", "😀", "&", "<", ">", "wrap:", " ", "nginx", "pod-7f9c", "50 MB", "é", "|", "`", "*");

    private final Random random;

    RandomProjects(long seed) {
        random = new Random(seed);
    }

    Topology topology() {
        List<Hop> hops = new ArrayList<>();
        boolean kongFirst = random.nextBoolean();
        hops.add(kongFirst ? pod(Hop.of("C", name(), HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_EXTERNAL_ALB,
                replicas())) : Hop.of("A", name(), HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB,
                replicas()).with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100)));
        if (random.nextBoolean()) {
            hops.add(Hop.of("B", name(), HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, replicas()));
        }
        boolean kongBeforeApp = kongFirst && hops.size() == 1 || !kongFirst && random.nextBoolean();
        if (!kongFirst && kongBeforeApp) {
            hops.add(pod(Hop.of("C", name(), HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_INTERNAL_TCP_LB,
                    replicas())));
        }
        FrontKind appFront = kongBeforeApp ? FrontKind.KONG_UPSTREAM : FrontKind.K8S_SERVICE;
        hops.add(pod(Hop.of("D", name(), HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, appFront, replicas())
                .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(random.nextInt(6)))
                .with(LifecycleSettings.ON_STOP_SIGNAL, random.nextBoolean() ? StopBehaviour.GRACEFUL
                        : StopBehaviour.IMMEDIATE)));
        return new Topology(name(), name(), ClientProfile.DEFAULT, Network.DEFAULT, hops, Layout.EMPTY);
    }

    Scenario scenario(Topology t) {
        String hop = t.hops().get(random.nextInt(t.hops().size())).id();
        List<RequestSpec> requests = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            TimeSpan start = TimeSpan.ofMillis(5_000 + random.nextInt(60_000));
            requests.add(random.nextBoolean() ? RequestSpec.get("GET-" + i, start)
                    : RequestSpec.post("POST-" + i, ByteSize.ofBytes(1_000L * (1 + random.nextInt(20_000))), start));
        }
        return new Scenario(name(), name(), List.of(new RollOut(hop, TimeSpan.ofMillis(random.nextInt(30_000)))),
                requests, null, random.nextLong());
    }

    private Hop pod(Hop h) {
        return h.with(RolloutSettings.MAX_SURGE, Scale.count(1)).with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(0));
    }

    private int replicas() {
        return 1 + random.nextInt(4);
    }

    /** 1 to 6 fragments, never blank, at most 80 characters. */
    String name() {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            s.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        }
        String name = s.toString().isBlank() ? "end" + s : s.toString();
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    boolean coin() {
        return random.nextBoolean();
    }
}
