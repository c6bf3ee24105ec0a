package dev.rollscope.model.topology;

import static dev.rollscope.model.topology.SettingGroup.ROLLOUT;

import dev.rollscope.model.units.Scale;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;

/** How a rolling update replaces a hop's instances (domain.md §6, §7). */
public final class RolloutSettings {

    /** Zones a regional MIG spreads over; MIG surge and unavailable default to it (§7). */
    public static final Setting<Integer> ZONES = Setting.count(ROLLOUT, "zones", 1);
    /** MIG {@code --replacement-method} (§7). */
    public static final Setting<ReplacementMethod> REPLACEMENT_METHOD =
            Setting.choice(ROLLOUT, "replacementMethod", ReplacementMethod.class);
    /** {@code maxSurge}: extra instances allowed during the update (§6, §7). */
    public static final Setting<Scale> MAX_SURGE = Setting.scale(ROLLOUT, "maxSurge");
    /** {@code maxUnavailable}: instances that may be unavailable during the update (§6, §7). */
    public static final Setting<Scale> MAX_UNAVAILABLE = Setting.scale(ROLLOUT, "maxUnavailable");
    /** {@code minReadySeconds} / MIG {@code minReadySec} (§6, §7). */
    public static final Setting<TimeSpan> MIN_READY = Setting.time(ROLLOUT, "minReady");
    /** PodDisruptionBudget {@code minAvailable}; 0 = no budget. Limits evictions only (§6, §8.14). */
    public static final Setting<Scale> PDB_MIN_AVAILABLE = Setting.scale(ROLLOUT, "pdbMinAvailable");

    /**
     * Blue/green: how long the old pods live after the switch before they are scaled down (Argo
     * Rollouts {@code scaleDownDelaySeconds}, §14).
     */
    public static final Setting<TimeSpan> SCALE_DOWN_DELAY = Setting.time(ROLLOUT, "scaleDownDelay");
    /**
     * Blue/green through URL map weights: how long after the old backend service's weight went to
     * 0 its VMs are detached from it (§14); detaching does not drain (§1).
     */
    public static final Setting<TimeSpan> DETACH_DELAY = Setting.time(ROLLOUT, "detachDelay");

    static final List<Setting<?>> ALL = List.of(ZONES, REPLACEMENT_METHOD, MAX_SURGE, MAX_UNAVAILABLE, MIN_READY,
            PDB_MIN_AVAILABLE, SCALE_DOWN_DELAY, DETACH_DELAY);

    private RolloutSettings() {
    }
}
