package dev.rollscope.model.sim;

import java.util.List;

/**
 * One instance of a hop as the simulation saw it.
 *
 * @param id        {@code A.1}, {@code D.4}: the hop id and a number in creation order
 * @param hop       index of its hop in the topology
 * @param station   index of its hop's station
 * @param version   1 for the version before the rollout, 2 for the new one
 * @param intervals its states over time, in order, covering its whole life; the last one ends at
 *                  {@link Long#MAX_VALUE} if the instance outlived the simulation
 */
public record InstanceInfo(String id, int hop, int station, int version, List<StateInterval> intervals) {

    /** A state held from {@code from} (inclusive) to {@code to} (exclusive). */
    public record StateInterval(InstanceState state, long from, long to) {
    }

    public InstanceInfo {
        intervals = List.copyOf(intervals);
    }

    /** The state at time t, or null before the instance was created. */
    public InstanceState stateAt(long t) {
        for (StateInterval i : intervals) {
            if (t >= i.from() && t < i.to()) {
                return i.state();
            }
        }
        return null;
    }
}
