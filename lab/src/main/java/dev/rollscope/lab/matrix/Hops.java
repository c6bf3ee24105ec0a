package dev.rollscope.lab.matrix;

import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;

/**
 * The hops of the matrix, each with one instance and the defaults of its profile except where a
 * name says otherwise. Every hop rolls one by one (maxSurge 1, maxUnavailable 0), so a rollout
 * replaces exactly one instance and the engine never picks between two ready ones at random.
 */
final class Hops {

    private Hops() {
    }

    /** nginx L7 on a MIG behind the GFE, whose 30 s budget is raised out of the way (300 s). */
    static Hop a() {
        return oneByOne(Hop.of("A", "A nginx", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1))
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
    }

    /** {@link #a()} taking bodies up to 100 MB. */
    static Hop roomyA() {
        return a().with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100));
    }

    /** nginx stream on a MIG behind the internal passthrough NLB, with this drain. */
    static Hop b(String drain) {
        return oneByOne(Hop.of("B", "B nginx stream", HopKind.NGINX_L4, Platform.GCE_MIG,
                FrontKind.GCP_INTERNAL_TCP_LB, 1)).with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.parse(drain));
    }

    /** Kong pods behind the GFE (on a NEG), drain and budget 300 s. */
    static Hop kong() {
        return oneByOne(Hop.of("C", "C Kong", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_EXTERNAL_ALB, 1))
                .with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.ofSeconds(300))
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
    }

    /** The application's pods behind this front. */
    static Hop app(FrontKind front) {
        return oneByOne(Hop.of("D", "D app", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, front, 1));
    }

    static Hop oneByOne(Hop h) {
        return h.with(RolloutSettings.MAX_SURGE, Scale.count(1)).with(RolloutSettings.MAX_UNAVAILABLE, Scale.count(0));
    }
}
