package dev.rollscope.model.sim.engine;

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
