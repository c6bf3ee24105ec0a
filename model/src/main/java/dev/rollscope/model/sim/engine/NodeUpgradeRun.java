package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.DISRUPTION_FINISHED;
import static dev.rollscope.model.sim.TraceEventType.DISRUPTION_STARTED;
import static dev.rollscope.model.sim.TraceEventType.EVICTION_BLOCKED;
import static dev.rollscope.model.sim.TraceEventType.NODE_DRAIN_STARTED;

import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.topology.RolloutSettings;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GKE node-pool upgrade (domain.md §6, §8.14, §9.11): pod i of each named hop sits on node
 * i mod nodes; nodes are drained one at a time. Draining evicts the node's pods, each only when
 * its PodDisruptionBudget allows (available pods of its hop stay ≥ minAvailable, rounded up),
 * retrying refused evictions every 5 s (kubectl drain's interval; assumption) for at most 60 min,
 * after which GKE evicts anyway (§6, unconfirmed). Each evicted pod is
 * recreated at once by its ReplicaSet on an upgraded node. The next node is drained when the
 * previous node's pods are all gone.
 */
final class NodeUpgradeRun implements Controller {

    static final long EVICTION_RETRY = 5_000;
    static final long PDB_PATIENCE = 60L * 60 * 1000;

    private final ControlPlane plane;
    private final NodeUpgrade spec;
    private final int index;
    private final Map<Instance, Integer> nodeOf = new LinkedHashMap<>();
    private final List<Instance> pending = new ArrayList<>();
    private final List<Instance> leaving = new ArrayList<>();
    private int node = -1;
    private long nodeDrainStart;

    NodeUpgradeRun(ControlPlane plane, NodeUpgrade spec, int index) {
        this.plane = plane;
        this.spec = spec;
        this.index = index;
    }

    @Override
    public void start() {
        for (String id : spec.hops()) {
            int h = plane.chain().topology.indexOf(id);
            plane.log().station(DISRUPTION_STARTED, plane.chain().stationOfHop[h], -1, "node-upgrade");
            List<Instance> pods = plane.fleet().live(h);
            for (int i = 0; i < pods.size(); i++) {
                nodeOf.put(pods.get(i), i % spec.nodes());
            }
        }
        nextNode();
    }

    private void nextNode() {
        node++;
        if (node >= spec.nodes()) {
            for (String id : spec.hops()) {
                plane.log().station(DISRUPTION_FINISHED, plane.chain().stationOfHop[plane.chain().topology.indexOf(id)], -1,
                        "node-upgrade");
            }
            return;
        }
        plane.log().station(NODE_DRAIN_STARTED, -1, node, "");
        nodeDrainStart = plane.events().now();
        for (Map.Entry<Instance, Integer> en : nodeOf.entrySet()) {
            if (en.getValue() == node && !en.getKey().gone && !en.getKey().removing) {
                pending.add(en.getKey());
            }
        }
        pending.sort((a, b) -> Integer.compare(a.index, b.index));
        step(0);
    }

    @Override
    public void step(int attempt) {
        for (Instance x : new ArrayList<>(pending)) {
            if (budgetAllows(x) || plane.events().now() - nodeDrainStart >= PDB_PATIENCE) {
                pending.remove(x);
                leaving.add(x);
                plane.lifecycle().remove(x, "eviction");
                plane.lifecycle().launch(x.hop, x.version);
            } else {
                plane.log().instance(EVICTION_BLOCKED, x, -1, plane.events().now() + EVICTION_RETRY, "");
            }
        }
        if (!pending.isEmpty()) {
            plane.events().nodeStep(plane.events().now() + EVICTION_RETRY, index, attempt + 1);
        } else {
            nodeDoneIfEmpty();
        }
    }

    @Override
    public void onGone(Instance x) {
        if (leaving.remove(x)) {
            nodeDoneIfEmpty();
        }
    }

    private void nodeDoneIfEmpty() {
        if (pending.isEmpty() && leaving.isEmpty() && node < spec.nodes()) {
            nextNode();
        }
    }

    private boolean budgetAllows(Instance x) {
        int replicas = x.spec.replicas();
        int min = x.spec.get(RolloutSettings.PDB_MIN_AVAILABLE).resolve(replicas, RoundingMode.UP);
        int available = 0;
        for (Instance y : plane.fleet().live(x.hop)) {
            if (y.available && !y.removing) {
                available++;
            }
        }
        return available - (x.available ? 1 : 0) >= min;
    }
}
