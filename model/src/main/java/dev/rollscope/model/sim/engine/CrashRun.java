package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.DISRUPTION_STARTED;

import dev.rollscope.model.scenario.Crash;
import java.util.List;

/** One instance crashes: the given one of its hop's live instances, in creation order. */
final class CrashRun implements Controller {

    private final ControlPlane plane;
    private final Crash spec;

    CrashRun(ControlPlane plane, Crash spec) {
        this.plane = plane;
        this.spec = spec;
    }

    @Override
    public void start() {
        int h = plane.chain().topology.indexOf(spec.hop());
        plane.log().station(DISRUPTION_STARTED, plane.chain().stationOfHop[h], -1, "crash");
        List<Instance> live = plane.fleet().live(h);
        if (spec.instance() < live.size()) {
            plane.lifecycle().crash(live.get(spec.instance()));
        }
    }
}
