package dev.rollscope.model.sim.engine;

import java.util.ArrayList;
import java.util.List;

/** The running controllers, told of instance changes in the order they were started. */
final class Controllers {

    private final List<Controller> active = new ArrayList<>();

    void add(Controller c) {
        active.add(c);
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
