package dev.rollscope.model.sim.engine;

import dev.rollscope.model.scenario.MigCanary;
import dev.rollscope.model.topology.ReplacementMethod;
import dev.rollscope.model.topology.RolloutSettings;
import java.math.RoundingMode;
import java.util.List;

/**
 * A GCE MIG proactive update (domain.md §7). maxSurge and maxUnavailable are fixed or a percentage
 * rounded up (Compute API InstanceGroupManagerUpdatePolicy: "rounded up if necessary"). With
 * SUBSTITUTE, new VMs are created while all VMs, including those being removed, stay within
 * targetSize + maxSurge; an old VM is removed (not-available ones first) while the available VMs
 * stay at least targetSize - maxUnavailable. Removal drains the VM, and the VM counts until it is
 * deleted. With RECREATE, an old VM is removed first and its replacement created once it is gone.
 * A canary (§14 {@code --canary-version ...,target-size=N}) is the same update that stops when N
 * VMs run the new template: only that many old VMs are replaced.
 */
final class MigRollout extends RollingUpdate {

    private final int target;
    /** How many VMs run the new template at the end: all of them, or a canary's target size. */
    private final int newTarget;
    private final int surge;
    private final int unavailable;
    private final boolean recreate;

    MigRollout(ControlPlane plane, int hop) {
        this(plane, hop, plane.chain().topology.hops().get(hop).replicas(), "rollout");
    }

    /** A canary of the scenario; like a rollout, it takes over from any update of its hop under way. */
    static MigRollout canary(ControlPlane plane, Controllers running, MigCanary spec) {
        int h = plane.chain().topology.indexOf(spec.hop());
        running.supersedeRollouts(h);
        return new MigRollout(plane, h, spec.size(), "canary");
    }

    /** {@code canary} VMs get the new template (1 to the group's size). */
    private MigRollout(ControlPlane plane, int hop, int canary, String name) {
        super(plane, hop, name);
        target = spec.replicas();
        newTarget = canary;
        surge = spec.get(RolloutSettings.MAX_SURGE).resolve(target, RoundingMode.UP);
        unavailable = spec.get(RolloutSettings.MAX_UNAVAILABLE).resolve(target, RoundingMode.UP);
        recreate = spec.get(RolloutSettings.REPLACEMENT_METHOD) == ReplacementMethod.RECREATE;
    }

    /** A MIG counts a VM until it is deleted, so a deletion may let the next one start. */
    @Override
    public void onGone(Instance x) {
        if (x.hop == hop) {
            reconcile();
        }
    }

    @Override
    boolean step() {
        return create() | removeOld();
    }

    @Override
    boolean complete() {
        return gens.old().size() == target - newTarget && plane.fleet().live(hop).size() == target
                && Generations.countAvailable(gens.current()) == newTarget;
    }

    private boolean create() {
        int all = plane.fleet().live(hop).size();
        int limit = recreate ? target : target + surge;
        int n = Math.min(limit - all, newTarget - gens.current().size());
        for (int i = 0; i < n; i++) {
            plane.lifecycle().launch(hop, gens.version());
        }
        return n > 0;
    }

    private boolean removeOld() {
        List<Instance> old = gens.old();
        int available = Generations.countAvailable(old) + Generations.countAvailable(gens.current());
        old.sort((a, b) -> Boolean.compare(a.available, b.available));
        boolean changed = false;
        int removed = 0;
        int keep = target - newTarget;
        for (Instance x : old) {
            int after = available - (x.available ? 1 : 0);
            if (after < target - unavailable || old.size() - removed <= keep) {
                break;
            }
            plane.lifecycle().remove(x, "rollout");
            available = after;
            removed++;
            changed = true;
        }
        return changed;
    }
}
