package dev.rollscope.model.sim.facade;

import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.InstanceInfo.StateInterval;
import dev.rollscope.model.sim.InstanceState;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ReplacementMethod;
import dev.rollscope.model.topology.RolloutSettings;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Invariant 5 of {@link EngineInvariants}: during a rolling update that is the only disruption of
 * its hop, the hop's instances stay within the rollout's bounds at every moment (domain.md §6, §7),
 * checked by one sweep over the moments its instances change.
 */
final class RolloutBounds {

    private RolloutBounds() {
    }

    static void check(SimulationResult r, Consumer<String> fail) {
        Map<String, List<Disruption>> byHop = new HashMap<>();
        for (Disruption d : r.scenario().disruptions()) {
            for (String h : d.hops()) {
                byHop.computeIfAbsent(h, k -> new ArrayList<>()).add(d);
            }
        }
        for (int h = 0; h < r.topology().hops().size(); h++) {
            Hop hop = r.topology().hops().get(h);
            List<Disruption> ds = byHop.getOrDefault(hop.id(), List.of());
            if (ds.size() == 1 && ds.get(0).kind() == Disruption.Kind.ROLLOUT) {
                bounds(r, h, hop, fail);
            }
        }
    }

    private static void bounds(SimulationResult r, int h, Hop hop, Consumer<String> fail) {
        int n = hop.replicas();
        boolean mig = hop.platform() == Platform.GCE_MIG;
        int surge = hop.get(RolloutSettings.MAX_SURGE).resolve(n, RoundingMode.UP);
        int unavailable = hop.get(RolloutSettings.MAX_UNAVAILABLE).resolve(n, mig ? RoundingMode.UP : RoundingMode.DOWN);
        if (!mig && surge == 0 && unavailable == 0) {
            unavailable = 1;
        }
        if (mig && hop.get(RolloutSettings.REPLACEMENT_METHOD) == ReplacementMethod.RECREATE) {
            surge = 0;
        }
        // a sweep over the moments an instance changes: +1/-1 to (counted, ready) as it enters and leaves each
        TreeMap<Long, int[]> change = new TreeMap<>();
        for (InstanceInfo x : r.instances()) {
            if (x.hop() != h) {
                continue;
            }
            List<StateInterval> iv = x.intervals();
            long leaves = Long.MAX_VALUE;
            for (StateInterval i : iv) {
                boolean removal = EngineInvariants.RANK[i.state().ordinal()] >= EngineInvariants.RANK[InstanceState.TERMINATING.ordinal()]
                        && i.state() != InstanceState.DOWN;
                if (i.state() == InstanceState.GONE || removal && !mig) {
                    leaves = i.from();
                    break;
                }
            }
            add(change, iv.get(0).from(), 0, 1);
            add(change, leaves, 0, -1);
            for (StateInterval i : iv) {
                if (i.state() == InstanceState.READY) {
                    add(change, i.from(), 1, 1);
                    add(change, i.to(), 1, -1);
                }
            }
        }
        int counted = 0;
        int ready = 0;
        for (Map.Entry<Long, int[]> e : change.entrySet()) {
            counted += e.getValue()[0];
            ready += e.getValue()[1];
            long t = e.getKey();
            if (t == Long.MAX_VALUE) {
                break;
            }
            if (counted > n + surge) {
                fail.accept("hop " + hop.id() + " at " + t + ": " + counted + " instances, more than " + n + " + maxSurge "
                        + surge);
            }
            if (ready < n - unavailable) {
                fail.accept("hop " + hop.id() + " at " + t + ": " + ready + " ready, fewer than " + n + " − maxUnavailable "
                        + unavailable);
            }
        }
    }

    private static void add(TreeMap<Long, int[]> change, long t, int which, int delta) {
        change.computeIfAbsent(t, k -> new int[2])[which] += delta;
    }
}
