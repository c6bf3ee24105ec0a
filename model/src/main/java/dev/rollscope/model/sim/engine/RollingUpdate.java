package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.DISRUPTION_FINISHED;
import static dev.rollscope.model.sim.TraceEventType.DISRUPTION_STARTED;

import dev.rollscope.model.topology.Hop;

/**
 * What every rolling update shares: it starts a new version of one hop, then reconciles (creates
 * and removes instances until nothing more may change) whenever one of the hop's instances turns
 * available, until its subclass says the rollout is complete. The rules of how many may be created
 * or removed are the subclass's (domain.md §6 for Deployments, §7 for MIGs).
 */
abstract class RollingUpdate implements Controller {

    final ControlPlane plane;
    final int hop;
    final Hop spec;
    final Generations gens;
    /** What the trace calls it: rollout, canary. */
    private final String name;
    private boolean done;

    RollingUpdate(ControlPlane plane, int hop) {
        this(plane, hop, "rollout");
    }

    RollingUpdate(ControlPlane plane, int hop, String name) {
        this.name = name;
        this.plane = plane;
        this.hop = hop;
        this.spec = plane.chain().topology.hops().get(hop);
        this.gens = new Generations(plane.fleet(), hop);
    }

    @Override
    public void start() {
        gens.beginNewVersion();
        plane.log().station(DISRUPTION_STARTED, plane.chain().stationOfHop[hop], -1, name);
        reconcile();
    }

    @Override
    public void onAvailable(Instance x) {
        if (x.hop == hop) {
            reconcile();
        }
    }

    /**
     * A newer rollout of the same hop took over: this one changes nothing more. The newer one counts
     * every instance of an older version, this one's new instances included, as old (a Deployment's
     * rollover, domain.md §6; a MIG's new update request replaces the one under way, §7).
     */
    final void supersede() {
        done = true;
    }

    final void reconcile() {
        if (done) {
            return;
        }
        while (step()) {
            // each pass may allow the next one more
        }
        if (complete()) {
            done = true;
            plane.log().station(DISRUPTION_FINISHED, plane.chain().stationOfHop[hop], -1, name);
        }
    }

    /** One pass of creating and removing instances; true when it changed something. */
    abstract boolean step();

    /** True when the new version has all it should (every instance, or a canary's), all of it available. */
    abstract boolean complete();
}
