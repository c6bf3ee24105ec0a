package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.export.mermaid.Arrow;
import dev.rollscope.model.export.mermaid.Participant;
import dev.rollscope.model.export.mermaid.SequenceDiagram;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;

/**
 * One instance event of a rollout timeline: what the controller or the front does to the instance
 * as a message, what the instance does itself as a note over it.
 */
final class TimelineEvents {

    private final SequenceDiagram d;
    private final ExportTexts t;
    private final SimulationResult r;
    private final TimelineCast cast;

    TimelineEvents(SequenceDiagram d, ExportTexts t, SimulationResult r, TimelineCast cast) {
        this.d = d;
        this.t = t;
        this.r = r;
        this.cast = cast;
    }

    /** A message the controller or the front sends the instance. */
    private record Message(Participant from, Arrow arrow, String text) {
    }

    void on(TraceEvent e) {
        if (atTheStart(e)) {
            return;
        }
        Participant inst = cast.instance(e.instance());
        Participant controller = cast.controller(e.station());
        Participant front = cast.front(e.station());
        String id = r.instances().get(e.instance()).id();
        String at = Times.at(e.time());
        Message m = switch (e.type()) {
            case INSTANCE_CREATED -> new Message(controller, Arrow.SOLID, t.get("timeline.create", at));
            case VIEW_ADDED -> new Message(front, Arrow.SOLID, t.get("timeline.viewAdded", id, at));
            case VIEW_REMOVED -> new Message(front, Arrow.SOLID_ASYNC, t.get("timeline.viewRemoved", id, at));
            case REMOVAL_STARTED -> new Message(controller, Arrow.SOLID, t.get("timeline.remove",
                    InstanceNotes.detail(t, e), at));
            case DRAIN_STARTED -> new Message(front, Arrow.SOLID_ASYNC,
                    t.get("timeline.drain", Times.at(e.until()), at));
            case DRAIN_ENDED -> new Message(front, Arrow.SOLID_CROSS,
                    t.get("timeline.drainEnded", InstanceNotes.detail(t, e), at));
            case SIGNAL -> new Message(controller, Arrow.SOLID, t.get("timeline.signal", e.detail(),
                    t.get(e.value() == 1 ? "signal.graceful" : "signal.fast"), at));
            // what the instance does itself: a note over it
            case INSTANCE_LISTENING, INSTANCE_READY, INSTANCE_AVAILABLE, PRESTOP_STARTED, PRESTOP_ENDED,
                    LISTENER_CLOSED, PROCESS_EXITED, INSTANCE_GONE, INSTANCE_CRASHED, DISRUPTION_STARTED,
                    DISRUPTION_FINISHED, TRAFFIC_SWITCHED, NODE_DRAIN_STARTED, EVICTION_BLOCKED,
                    // a request's events are drawn by its own diagram (RolloutTimeline passes none here)
                    REQUEST_SENT, CONNECTED, CONNECT_FAILED, BODY_STARTED, BODY_RECEIVED, PROCESSING_STARTED,
                    RESPONSE_STARTED, RESPONSE_RECEIVED, TIMER_ARMED, TIMER_CLEARED, TIMER_FIRED, STALLED, CUT,
                    RETRIED, STATUS_SENT, REQUEST_DONE, UPLOAD_NEXT -> null;
        };
        if (m == null) {
            d.noteOver(inst, InstanceNotes.text(t, r, e));
        } else {
            d.message(m.from(), inst, m.arrow(), m.text());
        }
    }

    /** An instance there from the start, in its front's view from the start: the timeline begins with it. */
    private static boolean atTheStart(TraceEvent e) {
        return e.type() == TraceEventType.INSTANCE_CREATED && "initial".equals(e.detail())
                || e.type() == TraceEventType.VIEW_ADDED && e.time() <= 0;
    }
}
