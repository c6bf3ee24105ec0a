package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.DISRUPTION_STARTED;

import dev.rollscope.model.scenario.Crash;
import java.util.List;

/** One instance crashes: the given one of its hop's live instances, in creation order. */
final class CrashRun implements Controller {

    private final Engine e;
    private final Crash spec;

    CrashRun(Engine e, Crash spec) {
        this.e = e;
        this.spec = spec;
    }

    @Override
    public void start() {
        int h = e.chain.topology.indexOf(spec.hop());
        e.log.station(DISRUPTION_STARTED, e.chain.stationOfHop[h], -1, "crash");
        List<Instance> live = e.fleet.live(h);
        if (spec.instance() < live.size()) {
            e.lifecycle.crash(live.get(spec.instance()));
        }
    }
}
