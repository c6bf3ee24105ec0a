package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.DISRUPTION_FINISHED;
import static dev.rollscope.model.sim.TraceEventType.DISRUPTION_STARTED;

import dev.rollscope.model.topology.Hop;
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
final class DeploymentRollout implements Controller {

    private final Engine e;
    private final int hop;
    private final int replicas;
    private final int surge;
    private final int unavailable;
    private final Generations gens;
    private boolean done;

    DeploymentRollout(Engine e, int hop) {
        this.e = e;
        this.hop = hop;
        this.gens = new Generations(e, hop);
        Hop spec = e.chain.topology.hops().get(hop);
        replicas = spec.replicas();
        int s = spec.get(RolloutSettings.MAX_SURGE).resolve(replicas, RoundingMode.UP);
        int u = spec.get(RolloutSettings.MAX_UNAVAILABLE).resolve(replicas, RoundingMode.DOWN);
        surge = s;
        unavailable = s == 0 && u == 0 ? 1 : u;
    }

    @Override
    public void start() {
        gens.beginNewVersion();
        e.log.station(DISRUPTION_STARTED, e.chain.stationOfHop[hop], -1, "rollout");
        reconcile();
    }

    @Override
    public void onAvailable(Instance x) {
        if (x.hop == hop) {
            reconcile();
        }
    }

    private void reconcile() {
        if (done) {
            return;
        }
        boolean changed = true;
        while (changed) {
            changed = scaleUp() | scaleDown();
        }
        if (gens.old().isEmpty() && Generations.countAvailable(gens.current()) == replicas) {
            done = true;
            e.log.station(DISRUPTION_FINISHED, e.chain.stationOfHop[hop], -1, "rollout");
        }
    }

    private boolean scaleUp() {
        int total = gens.old().size() + gens.current().size();
        int create = Math.min(replicas + surge - total, replicas - gens.current().size());
        for (int i = 0; i < create; i++) {
            e.lifecycle.launch(hop, gens.version());
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
                e.lifecycle.remove(x, "rollout");
                maxScaledDown--;
                changed = true;
            }
        }
        int excess = Generations.countAvailable(gens.old()) + Generations.countAvailable(cur) - minAvailable;
        List<Instance> left = gens.old();
        for (int i = left.size() - 1; i >= 0 && excess > 0; i--, excess--) {
            e.lifecycle.remove(left.get(i), "rollout");
            changed = true;
        }
        return changed;
    }


}
