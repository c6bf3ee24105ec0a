package dev.rollscope.model.export;

import dev.rollscope.model.export.mermaid.Shown;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Station;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Platform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The participant names a reader must see in each exported diagram, worked out from the
 * simulation and the written-down labels (not from the exporter's code), in declaration order.
 */
public final class ExpectedParticipants {

    private static final Map<FrontKind, String> FRONT_EN = Map.of(FrontKind.GCP_EXTERNAL_ALB, "External ALB",
            FrontKind.GCP_INTERNAL_TCP_LB, "Internal TCP LB", FrontKind.K8S_SERVICE, "Service",
            FrontKind.KONG_UPSTREAM, "Kong upstream");
    private static final Map<FrontKind, String> FRONT_ZH = Map.of(FrontKind.GCP_EXTERNAL_ALB, "外部 ALB",
            FrontKind.GCP_INTERNAL_TCP_LB, "内部 TCP 负载均衡", FrontKind.K8S_SERVICE, "Service",
            FrontKind.KONG_UPSTREAM, "Kong upstream");

    private final boolean zh;
    private final boolean loadBalancers;

    public ExpectedParticipants(ExportOptions options) {
        this.zh = options.locale().getLanguage().equals("zh");
        this.loadBalancers = options.showLoadBalancers();
    }

    /** Client, fronts and hops; a hop whose old and new instances the request met twice, as old and new. */
    public List<String> request(SimulationResult r, int request) {
        Set<Integer> met = new HashSet<>();
        for (TraceEvent e : r.trace().forRequest(request)) {
            met.add(e.instance());
            met.add(e.peerInstance());
        }
        met.remove(-1);
        return chain(r, met);
    }

    public List<String> scenario(SimulationResult r) {
        return chain(r, Set.of());
    }

    private List<String> chain(SimulationResult r, Set<Integer> met) {
        List<String> labels = new ArrayList<>(List.of(zh ? "客户端" : "Client"));
        for (Station s : r.stations()) {
            if (s.isClient()) {
                continue;
            }
            Hop hop = r.topology().hops().get(s.hop());
            if (!s.isHop()) {
                labels.add(front(hop));
                continue;
            }
            if (loadBalancers && hop.front() != FrontKind.GCP_EXTERNAL_ALB) {
                labels.add(front(hop));
            }
            TreeSet<Integer> versions = new TreeSet<>();
            for (int i : met) {
                if (r.instances().get(i).station() == s.index()) {
                    versions.add(r.instances().get(i).version());
                }
            }
            String name = Shown.text(looksLikeAnother(r, hop) ? hop.name() + (zh ? "［" + hop.id() + "］" : " [" + hop.id() + "]")
                    : hop.name());
            if (versions.size() < 2) {
                labels.add(name);
            } else {
                versions.forEach(v -> labels.add(name + (zh ? "（" : " (") + version(v) + (zh ? "）" : ")")));
            }
        }
        return labels;
    }

    /** Another hop's name is the same once white space is ignored (then the diagram adds the hop's id). */
    private static boolean looksLikeAnother(SimulationResult r, Hop hop) {
        String bare = hop.name().replaceAll("[\\s\\p{Z}\uFEFF]+", " ").trim();
        return r.topology().hops().stream().filter(h -> h != hop)
                .anyMatch(h -> h.name().replaceAll("[\\s\\p{Z}\uFEFF]+", " ").trim().equals(bare));
    }

    /** Per disrupted hop: its controller, its front, and its first twelve instances. */
    public List<String> timeline(SimulationResult r) {
        Set<String> disrupted = new HashSet<>();
        for (Disruption d : r.scenario().disruptions()) {
            disrupted.addAll(d.hops());
        }
        List<String> labels = new ArrayList<>();
        for (int h = 0; h < r.topology().hops().size(); h++) {
            Hop hop = r.topology().hops().get(h);
            if (!disrupted.contains(hop.id())) {
                continue;
            }
            labels.add(hop.platform() == Platform.GCE_MIG ? (zh ? "MIG 更新器" : "MIG updater")
                    : zh ? "Kubernetes（Deployment、kubelet）" : "Kubernetes (Deployment, kubelet)");
            labels.add(front(hop));
            int shown = 0;
            for (InstanceInfo i : r.instances()) {
                if (i.hop() == h && shown++ < 12) {
                    labels.add(i.id() + " (" + version(i.version()) + ")");
                }
            }
        }
        return labels.isEmpty() ? List.of(zh ? "客户端" : "Client") : labels;
    }

    private String front(Hop hop) {
        return (zh ? FRONT_ZH : FRONT_EN).get(hop.front()) + " → " + hop.id();
    }

    private String version(int v) {
        if (v == 1) {
            return zh ? "旧" : "old";
        }
        return v == 2 ? (zh ? "新" : "new") : "v" + v;
    }
}
