package dev.rollscope.model.analysis;

import static dev.rollscope.model.topology.RolloutSettings.MAX_SURGE;
import static dev.rollscope.model.topology.RolloutSettings.MAX_UNAVAILABLE;
import static dev.rollscope.model.topology.RolloutSettings.PDB_MIN_AVAILABLE;
import static dev.rollscope.model.topology.RolloutSettings.ZONES;

import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.units.Scale;
import java.math.RoundingMode;
import java.util.List;

/**
 * Whether a disruption can leave a hop with nothing to route to (domain.md §7, §8.2, §8.14,
 * §8.15, §9.10, §9.11): a rollout whose maxUnavailable, rounded as its controller rounds it,
 * reaches the replica count removes every old instance before any new one is ready; a node
 * upgrade evicts every pod of a hop at once when they all sit on one node and no
 * PodDisruptionBudget holds them, and blocks when the budget can never be met.
 */
final class CapacityChecks implements Check {

    @Override
    public void evaluate(CheckContext ctx, List<Finding> out) {
        for (int i = 0; i < ctx.hops(); i++) {
            Hop h = ctx.hop(i);
            if (unavailable(h) >= h.replicas()) {
                int surge = h.platform() == Platform.GCE_MIG ? h.get(ZONES) : 1;
                FindingBuilder b = new FindingBuilder(ctx.whenRolled(h), "max-unavailable", h).setting(h, MAX_SURGE)
                        .setting(h, MAX_UNAVAILABLE).fix(h, MAX_UNAVAILABLE, Scale.count(0));
                if (h.get(MAX_SURGE).resolve(h.replicas(), RoundingMode.UP) == 0) {
                    b.fix(h, MAX_SURGE, Scale.count(surge));
                }
                out.add(b.args(h.replicas(), h.get(MAX_UNAVAILABLE)).build());
            }
        }
        for (NodeUpgrade u : ctx.nodeUpgrades()) {
            for (String id : u.hops()) {
                budget(ctx.hop(ctx.topology.indexOf(id)), u.nodes(), out);
            }
        }
    }

    /** maxUnavailable as the hop's controller resolves it: a MIG rounds up; Kubernetes rounds down, 1 when both are 0. */
    private static int unavailable(Hop h) {
        if (h.platform() == Platform.GCE_MIG) {
            return h.get(MAX_UNAVAILABLE).resolve(h.replicas(), RoundingMode.UP);
        }
        int u = h.get(MAX_UNAVAILABLE).resolve(h.replicas(), RoundingMode.DOWN);
        return u == 0 && h.get(MAX_SURGE).resolve(h.replicas(), RoundingMode.UP) == 0 ? 1 : u;
    }

    private static void budget(Hop h, int nodes, List<Finding> out) {
        int min = h.get(PDB_MIN_AVAILABLE).resolve(h.replicas(), RoundingMode.UP);
        if (min == 0 && (nodes == 1 || h.replicas() == 1)) {
            out.add(new FindingBuilder(Severity.ERROR, "pdb-evicts-all", h).setting(h, PDB_MIN_AVAILABLE)
                    .fix(h, PDB_MIN_AVAILABLE, Scale.count(1)).args(h.replicas(), nodes).build());
        } else if (min >= h.replicas()) {
            out.add(new FindingBuilder(Severity.WARNING, "pdb-blocks", h).setting(h, PDB_MIN_AVAILABLE)
                    .fix(h, PDB_MIN_AVAILABLE, Scale.count(h.replicas() - 1)).args(h.get(PDB_MIN_AVAILABLE),
                            h.replicas()).build());
        }
    }
}
