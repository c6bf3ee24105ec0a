package dev.rollscope.model.sim.engine;

import dev.rollscope.model.topology.RolloutSettings;
import java.math.RoundingMode;
import java.util.List;

/**
 * A Kubernetes Deployment RollingUpdate (domain.md §6; the deployment controller's
 * reconcileNewReplicaSet / reconcileOldReplicaSets): maxSurge rounds up, maxUnavailable down,
 * and when both come to 0 maxUnavailable is 1. New pods are created while the total stays within
 * replicas + maxSurge; old pods are deleted (not-available ones first, then the newest) while the
 * available pods stay at least replicas - maxUnavailable. Terminating pods count for neither.
 */
final class DeploymentRollout extends RollingUpdate {

    private final int replicas;
    private final int surge;
    private final int unavailable;

    DeploymentRollout(ControlPlane plane, int hop) {
        super(plane, hop);
        replicas = spec.replicas();
        int s = spec.get(RolloutSettings.MAX_SURGE).resolve(replicas, RoundingMode.UP);
        int u = spec.get(RolloutSettings.MAX_UNAVAILABLE).resolve(replicas, RoundingMode.DOWN);
        surge = s;
        unavailable = s == 0 && u == 0 ? 1 : u;
    }

    @Override
    boolean step() {
        return scaleUp() | scaleDown();
    }

    @Override
    boolean complete() {
        return gens.old().isEmpty() && Generations.countAvailable(gens.current()) == replicas;
    }

    private boolean scaleUp() {
        int total = gens.old().size() + gens.current().size();
        int create = Math.min(replicas + surge - total, replicas - gens.current().size());
        for (int i = 0; i < create; i++) {
            plane.lifecycle().launch(hop, gens.version());
        }
        return create > 0;
    }

    private boolean scaleDown() {
        List<Instance> old = gens.old();
        List<Instance> cur = gens.current();
        int minAvailable = replicas - unavailable;
        int newUnavailable = cur.size() - Generations.countAvailable(cur);
        int maxScaledDown = old.size() + cur.size() - minAvailable - newUnavailable;
        if (maxScaledDown <= 0 || old.isEmpty()) {
            return false;
        }
        boolean changed = false;
        for (Instance x : old) {
            if (!x.available && maxScaledDown > 0) {
                plane.lifecycle().remove(x, "rollout");
                maxScaledDown--;
                changed = true;
            }
        }
        int excess = Generations.countAvailable(gens.old()) + Generations.countAvailable(cur) - minAvailable;
        List<Instance> left = gens.old();
        for (int i = left.size() - 1; i >= 0 && excess > 0; i--, excess--) {
            plane.lifecycle().remove(left.get(i), "rollout");
            changed = true;
        }
        return changed;
    }


}
