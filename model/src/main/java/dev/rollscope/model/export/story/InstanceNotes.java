package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import java.util.EnumSet;
import java.util.Set;

/** What happened to an instance (removal, preStop, signals, drain, exit), as one line of a note. */
final class InstanceNotes {

    /** The instance events that decide the fate of the requests on an instance. */
    static final Set<TraceEventType> ESSENTIAL = EnumSet.of(TraceEventType.REMOVAL_STARTED,
            TraceEventType.VIEW_REMOVED, TraceEventType.DRAIN_STARTED, TraceEventType.DRAIN_ENDED,
            TraceEventType.PRESTOP_STARTED, TraceEventType.SIGNAL, TraceEventType.PROCESS_EXITED,
            TraceEventType.INSTANCE_CRASHED, TraceEventType.EVICTION_BLOCKED);

    /** Every instance event a diagram may tell. */
    static final Set<TraceEventType> ALL = EnumSet.of(TraceEventType.INSTANCE_CREATED,
            TraceEventType.INSTANCE_LISTENING, TraceEventType.INSTANCE_READY, TraceEventType.INSTANCE_AVAILABLE,
            TraceEventType.VIEW_ADDED, TraceEventType.PRESTOP_ENDED, TraceEventType.LISTENER_CLOSED,
            TraceEventType.INSTANCE_GONE);

    static {
        ALL.addAll(ESSENTIAL);
    }

    private InstanceNotes() {
    }

    static boolean tells(TraceEventType type, boolean all) {
        return all ? ALL.contains(type) : ESSENTIAL.contains(type);
    }

    /** The note of an instance event; what lasts (a drain, a preStop) is told as a duration, never as a later time. */
    static String text(ExportTexts t, SimulationResult r, TraceEvent e) {
        String until = e.until() >= 0 ? Times.span(e.until() - e.time()) : "";
        return t.get("instance." + e.type().name(), r.instances().get(e.instance()).id(), Times.at(e.time()),
                until, detail(t, e));
    }

    /** The event's detail in words: a signal with how the process takes it, a drain's end, a removal's reason. */
    static String detail(ExportTexts t, TraceEvent e) {
        if (e.type() == TraceEventType.SIGNAL) {
            return t.get("signal.with", e.detail(), t.get(e.value() == 1 ? "signal.graceful" : "signal.fast"));
        }
        if (e.type() == TraceEventType.DRAIN_ENDED && t.has("drain." + e.detail())) {
            return t.get("drain." + e.detail());
        }
        if (e.type() == TraceEventType.REMOVAL_STARTED && t.has("reason." + e.detail())) {
            return t.get("reason." + e.detail());
        }
        return e.detail();
    }
}
