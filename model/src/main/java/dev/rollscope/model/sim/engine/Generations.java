package dev.rollscope.model.sim.engine;

import java.util.ArrayList;
import java.util.List;

/** The old and new instances of a hop during a rollout to a new version. */
final class Generations {

    private final Fleet fleet;
    private final int hop;
    private int version;

    Generations(Fleet fleet, int hop) {
        this.fleet = fleet;
        this.hop = hop;
    }

    /** Starts a rollout: the new version is one above every version the hop runs now. */
    int beginNewVersion() {
        for (Instance x : fleet.live(hop)) {
            version = Math.max(version, x.version);
        }
        return ++version;
    }

    int version() {
        return version;
    }

    /** Instances of an older version that are not being removed. */
    List<Instance> old() {
        return select(false);
    }

    /** Instances of the new version that are not being removed. */
    List<Instance> current() {
        return select(true);
    }

    private List<Instance> select(boolean newVersion) {
        List<Instance> out = new ArrayList<>();
        for (Instance x : fleet.live(hop)) {
            if (!x.removing && (x.version == version) == newVersion) {
                out.add(x);
            }
        }
        return out;
    }

    static int countAvailable(List<Instance> list) {
        int n = 0;
        for (Instance x : list) {
            if (x.available) {
                n++;
            }
        }
        return n;
    }
}
