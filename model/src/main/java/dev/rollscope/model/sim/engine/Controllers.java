package dev.rollscope.model.sim.engine;

import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.Crash;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.MigCanary;
import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/** The running controllers, told of instance changes in the order they were started. */
final class Controllers {

    private final List<Controller> active = new ArrayList<>();

    void add(Controller c) {
        active.add(c);
    }

    /** A new rollout of hop h starts: any rollout still running on h stops ({@link RollingUpdate#supersede}). */
    void supersedeRollouts(int hop) {
        for (Controller c : active) {
            if (c instanceof RollingUpdate u && u.hop == hop) {
                u.supersede();
            }
        }
    }

    /** Starts the controller that carries out {@code d} on {@code topology}, after those already running. */
    void start(Disruption d, ControlPlane plane, Topology topology) {
        Controller c = switch (d.kind()) {
            case ROLLOUT -> {
                int h = topology.indexOf(d.hops().get(0));
                supersedeRollouts(h);
                yield switch (topology.hops().get(h).platform()) {
                    case GCE_MIG -> new MigRollout(plane, h);
                    case GKE_DEPLOYMENT -> new DeploymentRollout(plane, h);
                };
            }
            case NODE_UPGRADE -> new NodeUpgradeRun(plane, (NodeUpgrade) d, size());
            case CRASH -> new CrashRun(plane, (Crash) d);
            case SELECTOR_SWITCH, URL_MAP_SWITCH, KONG_WEIGHTS -> new BlueGreenRun(plane, (BlueGreen) d, size());
            case MIG_CANARY -> MigRollout.canary(plane, this, (MigCanary) d);
        };
        add(c);
        c.start();
    }

    int size() {
        return active.size();
    }

    Controller get(int index) {
        return active.get(index);
    }

    void onAvailable(Instance x) {
        for (int i = 0; i < active.size(); i++) {
            active.get(i).onAvailable(x);
        }
    }

    void onGone(Instance x) {
        for (int i = 0; i < active.size(); i++) {
            active.get(i).onGone(x);
        }
    }
}
