package dev.rollscope.app;

import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;

/** Projects the app tests edit: the A/B/C/D chain of domain.md, and a long chain for load. */
public final class TestProjects {

    private TestProjects() {
    }

    /** client → A nginx L7 (MIG, ALB) → B nginx stream (MIG, ILB) → C Kong (GKE, ILB) → D app (GKE, Kong upstream). */
    public static Project abcd() {
        List<Hop> hops = List.of(
                Hop.of("A", "nginx A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 3),
                Hop.of("B", "nginx stream B", HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 3),
                Hop.of("C", "Kong C", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_INTERNAL_TCP_LB, 2),
                Hop.of("D", "app D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.KONG_UPSTREAM, 3));
        Topology t = new Topology("ABCD", "", ClientProfile.DEFAULT, Network.DEFAULT, hops, Layout.EMPTY);
        Scenario rollD = new Scenario("roll D", "", List.of(new RollOut("D", TimeSpan.ofSeconds(10))),
                List.of(RequestSpec.get("GET", TimeSpan.ofSeconds(12))), null, 1);
        Scenario upgrade = new Scenario("upgrade", "", List.of(new NodeUpgrade(List.of("C", "D"), TimeSpan.ZERO, 3)),
                List.of(RequestSpec.get("GET", TimeSpan.ofSeconds(12))), null, 1);
        return new Project(t, List.of(rollD, upgrade));
    }

    /** {@code hops} Kong hops then an application, each with {@code replicas} instances, no scenario. */
    public static Project longChain(int hops, int replicas) {
        List<Hop> list = new ArrayList<>();
        for (int i = 0; i < hops - 1; i++) {
            list.add(Hop.of("K" + i, "Kong " + i, HopKind.KONG, Platform.GKE_DEPLOYMENT,
                    i == 0 ? FrontKind.GCP_EXTERNAL_ALB : FrontKind.K8S_SERVICE, replicas));
        }
        list.add(Hop.of("APP", "app", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.KONG_UPSTREAM, replicas));
        Topology t = new Topology("long", "", ClientProfile.DEFAULT, Network.DEFAULT, list, Layout.EMPTY);
        return new Project(t, List.of());
    }
}
