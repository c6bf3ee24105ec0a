package dev.rollscope.app.playback.view;

import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.InstanceState;
import java.util.ArrayList;
import java.util.List;

/**
 * The row each instance of a hop is drawn in: instances take, in creation order, the lowest row
 * whose previous occupant was gone by then, so a rolled hop reuses the rows of the instances it
 * replaced and every instance keeps its row for its whole life.
 */
final class Slots {

    private final int[] slotOf;
    private final int[] rowsOfHop;

    Slots(List<InstanceInfo> instances, int hops) {
        slotOf = new int[instances.size()];
        rowsOfHop = new int[hops];
        List<List<Long>> freeFrom = new ArrayList<>();
        for (int h = 0; h < hops; h++) {
            freeFrom.add(new ArrayList<>());
        }
        for (int i = 0; i < instances.size(); i++) {
            InstanceInfo info = instances.get(i);
            List<Long> rows = freeFrom.get(info.hop());
            long born = info.intervals().isEmpty() ? 0 : info.intervals().get(0).from();
            int slot = firstFree(rows, born);
            if (slot == rows.size()) {
                rows.add(goneAt(info));
            } else {
                rows.set(slot, goneAt(info));
            }
            slotOf[i] = slot;
            rowsOfHop[info.hop()] = rows.size();
        }
    }

    private static int firstFree(List<Long> rows, long born) {
        for (int s = 0; s < rows.size(); s++) {
            if (rows.get(s) <= born) {
                return s;
            }
        }
        return rows.size();
    }

    private static long goneAt(InstanceInfo info) {
        for (InstanceInfo.StateInterval i : info.intervals()) {
            if (i.state() == InstanceState.GONE) {
                return i.from();
            }
        }
        return Long.MAX_VALUE;
    }

    int slot(int instance) {
        return slotOf[instance];
    }

    int rows(int hop) {
        return rowsOfHop[hop];
    }
}
