package dev.rollscope.model.export.story;

import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A scenario diagram's content in time order: groups of requests that overlap in time (with the
 * rollout notes that fall while they run) and rollout notes between them; and the span of the
 * disruptions.
 *
 * @param hiddenNotes rollout notes left out past {@link #MAX_NOTES}
 */
record ScenarioItems(List<Item> items, long windowStart, long windowEnd, int hiddenNotes) {

    static final int MAX_NOTES = 60;

    /** Requests that overlap (none for a lone note) and the notes during them, from start to end. */
    record Item(long start, long end, List<Outcome> requests, List<TraceEvent> notes) {

        boolean meets(long from, long to) {
            return end >= from && start <= to;
        }
    }

    static ScenarioItems of(SimulationResult r, RequestSample sample, boolean all) {
        List<TraceEvent> notes = notes(r, all);
        int hidden = Math.max(0, notes.size() - MAX_NOTES);
        List<TraceEvent> left = new ArrayList<>(notes.subList(0, notes.size() - hidden));
        List<Item> items = new ArrayList<>();
        for (Item group : groups(sample.shown())) {
            while (!left.isEmpty() && left.get(0).time() < group.start()) {
                items.add(lone(left.remove(0)));
            }
            while (!left.isEmpty() && left.get(0).time() <= group.end()) {
                group.notes().add(left.remove(0));
            }
            items.add(group);
        }
        left.forEach(e -> items.add(lone(e)));
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (TraceEvent e : notes) {
            if (e.type() == TraceEventType.DISRUPTION_STARTED) {
                from = Math.min(from, e.time());
            } else if (e.type() == TraceEventType.DISRUPTION_FINISHED) {
                to = Math.max(to, e.time());
            }
        }
        return new ScenarioItems(items, from, to == Long.MIN_VALUE ? Long.MAX_VALUE : to, hidden);
    }

    private static Item lone(TraceEvent e) {
        return new Item(e.time(), e.time(), List.of(), new ArrayList<>(List.of(e)));
    }

    private static List<Item> groups(List<Outcome> shown) {
        List<Item> groups = new ArrayList<>();
        Item open = null;
        for (Outcome o : shown) {
            if (open != null && o.start() <= open.end()) {
                open.requests().add(o);
                open = new Item(open.start(), Math.max(open.end(), o.end()), open.requests(), open.notes());
                groups.set(groups.size() - 1, open);
            } else {
                open = new Item(o.start(), o.end(), new ArrayList<>(List.of(o)), new ArrayList<>());
                groups.add(open);
            }
        }
        return groups;
    }

    /** The disruptions' starts and ends, and the instance events of the disrupted hops from the first start. */
    private static List<TraceEvent> notes(SimulationResult r, boolean all) {
        Set<Integer> stations = new HashSet<>();
        for (Disruption d : r.scenario().disruptions()) {
            for (String hop : d.hops()) {
                stations.add(stationOf(r, r.topology().indexOf(hop)));
            }
        }
        long from = r.scenario().disruptions().stream().mapToLong(d -> d.at().millis()).min().orElse(Long.MAX_VALUE);
        List<TraceEvent> notes = new ArrayList<>();
        for (TraceEvent e : r.trace().events()) {
            if (e.request() < 0 && e.time() >= from && (RequestScope.isWindow(e)
                    || stations.contains(e.station()) && e.instance() >= 0 && InstanceNotes.tells(e.type(), all))) {
                notes.add(e);
            }
        }
        return notes;
    }

    private static int stationOf(SimulationResult r, int hop) {
        return r.stations().stream().filter(s -> s.isHop() && s.hop() == hop).findFirst().orElseThrow().index();
    }
}
