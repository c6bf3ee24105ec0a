package dev.rollscope.model.sim.engine;

import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.InstanceInfo.StateInterval;
import dev.rollscope.model.sim.InstanceState;
import java.util.ArrayList;
import java.util.List;

/** The state intervals of every instance, kept whatever the trace detail. */
final class Histories {

    private final List<List<StateInterval>> closed = new ArrayList<>();
    private final List<InstanceState> current = new ArrayList<>();
    private final List<Long> since = new ArrayList<>();

    void enter(Instance x, InstanceState state, long t) {
        while (closed.size() <= x.index) {
            closed.add(new ArrayList<>());
            current.add(null);
            since.add(0L);
        }
        InstanceState cur = current.get(x.index);
        if (cur == state) {
            return;
        }
        if (cur != null && t > since.get(x.index)) {
            closed.get(x.index).add(new StateInterval(cur, since.get(x.index), t));
        }
        current.set(x.index, state);
        since.set(x.index, t);
    }

    List<InstanceInfo> build(List<Instance> instances) {
        List<InstanceInfo> out = new ArrayList<>();
        for (Instance x : instances) {
            List<StateInterval> list = new ArrayList<>(closed.get(x.index));
            InstanceState cur = current.get(x.index);
            list.add(new StateInterval(cur, since.get(x.index), Long.MAX_VALUE));
            out.add(new InstanceInfo(x.id, x.hop, x.station, x.version, list));
        }
        return out;
    }
}
