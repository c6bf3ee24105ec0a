package dev.rollscope.model.scenario;

import dev.rollscope.model.i18n.RefusalException;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Objects;

/**
 * A GKE node-pool upgrade: the pods of the given hops are spread over {@code nodes} nodes (pod i
 * on node i mod nodes), and the nodes are drained one at a time; each drain evicts the node's pods
 * within their PodDisruptionBudgets, and their Deployments recreate them elsewhere.
 */
public record NodeUpgrade(List<String> hops, TimeSpan at, int nodes) implements Disruption {

    public NodeUpgrade {
        hops = List.copyOf(Objects.requireNonNull(hops, "node upgrade hops"));
        if (hops.isEmpty()) {
            throw RefusalException.of("nodeUpgrade.noHop");
        }
        Objects.requireNonNull(at, "node upgrade at");
        if (nodes < 1 || nodes > 1000) {
            throw RefusalException.of("nodeUpgrade.nodes", nodes);
        }
    }

    @Override
    public Kind kind() {
        return Kind.NODE_UPGRADE;
    }

    @Override
    public NodeUpgrade withAt(TimeSpan newAt) {
        return new NodeUpgrade(hops, newAt, nodes);
    }
}
