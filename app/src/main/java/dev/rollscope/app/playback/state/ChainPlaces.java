package dev.rollscope.app.playback.state;

import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Station;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where a failure sits on the chain: the station of its hop and the index of its instance. */
final class ChainPlaces {

    private final SimulationResult result;
    private final int[] hopStation;
    private final Map<String, Integer> instanceById = new HashMap<>();

    ChainPlaces(SimulationResult result) {
        this.result = result;
        hopStation = new int[result.topology().hops().size()];
        for (Station s : result.stations()) {
            if (s.isHop()) {
                hopStation[s.hop()] = s.index();
            }
        }
        List<InstanceInfo> instances = result.instances();
        for (int i = 0; i < instances.size(); i++) {
            instanceById.put(instances.get(i).id(), i);
        }
    }

    /** The station of the hop where the failure broke, or the client's (0) for an unknown hop. */
    int station(Failure f) {
        int hop = result.topology().indexOf(f.hop());
        return hop >= 0 ? hopStation[hop] : 0;
    }

    /** The index of the failure's instance, or -1 when none was involved. */
    int instance(Failure f) {
        return instanceById.getOrDefault(f.instance(), -1);
    }
}
