package dev.rollscope.model.sim.engine;

import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.LifecycleSettings;

/**
 * One instance (VM or pod) while the simulation runs: what its process and host are doing, and the
 * requests it carries. Times are milliseconds; -1 means "not yet".
 */
final class Instance {

    final int index;
    final int hop;
    final int station;
    final String id;
    final int version;
    final Hop spec;

    /** Its process accepts new connections. */
    boolean accepting;
    /** Its process runs (and carries connections). */
    boolean alive;
    /** Its host answers packets (a process that is not running then refuses connections). */
    boolean hostUp = true;
    boolean ready;
    boolean available;
    /** Removal (termination) has begun. */
    boolean removing;
    /** It received a graceful stop signal and exits once it carries nothing. */
    boolean stopping;
    boolean gone;
    /** The front's drain of it has ended: flows through it are cut or dropped. */
    boolean drained;

    /** When its current process was started (creation, or the restart after a crash). */
    long startedAt;
    /** Bumped on every restart, so view changes meant for an earlier life are ignored. */
    int epoch;
    long removedAt = -1;
    long drainStartAt = -1;
    long drainEndAt = -1;
    long stopSignalAt = -1;
    String removalReason = "";

    /** Requests it carries. */
    final IntBag requests = new IntBag();
    /** Idle pooled connections that pass through it (they keep an L4 process alive). */
    int pooled;

    Instance(int index, int hop, int station, String id, int version, Hop spec) {
        this.index = index;
        this.hop = hop;
        this.station = station;
        this.id = id;
        this.version = version;
        this.spec = spec;
    }

    boolean onVm() {
        return spec.platform() == Platform.GCE_MIG;
    }

    boolean graceful() {
        return spec.get(LifecycleSettings.ON_STOP_SIGNAL) == StopBehaviour.GRACEFUL;
    }

    boolean l4() {
        return !spec.kind().isL7();
    }

    /** True when nothing keeps a gracefully stopping process alive any more. */
    boolean idle() {
        return requests.isEmpty() && (pooled == 0 || !l4());
    }

    @Override
    public String toString() {
        return id;
    }
}
