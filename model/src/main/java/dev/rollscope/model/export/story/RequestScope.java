package dev.rollscope.model.export.story;

import dev.rollscope.model.sim.InstanceInfo;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one request diagram tells, in trace order: the request's own events, the events of the
 * instances it met (from the first disruption's start, or the request's, to its end), and the
 * starts and ends of the disruptions in that span.
 */
record RequestScope(List<TraceEvent> events, Map<Integer, SortedSet<Integer>> versions) {

    static RequestScope of(SimulationResult r, int request, boolean all) {
        Outcome o = r.outcomes().get(request);
        List<TraceEvent> own = r.trace().forRequest(request);
        Set<Integer> met = new HashSet<>();
        for (TraceEvent e : own) {
            addInstance(met, e.instance());
            addInstance(met, e.peerInstance());
        }
        long from = o.start();
        for (TraceEvent e : r.trace().events()) {
            if (e.type() == TraceEventType.DISRUPTION_STARTED) {
                from = Math.min(from, e.time());
            }
        }
        List<TraceEvent> events = new ArrayList<>();
        for (TraceEvent e : r.trace().events()) {
            if (e.time() > o.end()) {
                break;
            }
            if (e.request() == request || e.time() >= from && (isWindow(e)
                    || e.request() < 0 && met.contains(e.instance()) && InstanceNotes.tells(e.type(), all))) {
                events.add(e);
            }
        }
        return new RequestScope(events, versions(r, met));
    }

    private static void addInstance(Set<Integer> met, int instance) {
        if (instance >= 0) {
            met.add(instance);
        }
    }

    static boolean isWindow(TraceEvent e) {
        return e.type() == TraceEventType.DISRUPTION_STARTED || e.type() == TraceEventType.DISRUPTION_FINISHED;
    }

    private static Map<Integer, SortedSet<Integer>> versions(SimulationResult r, Set<Integer> met) {
        Map<Integer, SortedSet<Integer>> versions = new HashMap<>();
        for (int i : met) {
            InstanceInfo info = r.instances().get(i);
            versions.computeIfAbsent(info.station(), s -> new TreeSet<>()).add(info.version());
        }
        return versions;
    }
}
