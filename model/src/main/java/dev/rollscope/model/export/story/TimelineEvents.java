package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.export.mermaid.Arrow;
import dev.rollscope.model.export.mermaid.Participant;
import dev.rollscope.model.export.mermaid.SequenceDiagram;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;

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

    void on(TraceEvent e) {
        Participant inst = cast.instance(e.instance());
        Participant controller = cast.controller(e.station());
        Participant front = cast.front(e.station());
        String id = r.instances().get(e.instance()).id();
        String at = Times.at(e.time());
        switch (e.type()) {
            case INSTANCE_CREATED -> {
                if (!"initial".equals(e.detail())) {
                    d.message(controller, inst, Arrow.SOLID, t.get("timeline.create", at));
                }
            }
            case VIEW_ADDED -> {
                if (e.time() > 0) {
                    d.message(front, inst, Arrow.SOLID, t.get("timeline.viewAdded", id, at));
                }
            }
            case VIEW_REMOVED -> d.message(front, inst, Arrow.SOLID_ASYNC, t.get("timeline.viewRemoved", id, at));
            case REMOVAL_STARTED -> d.message(controller, inst, Arrow.SOLID, t.get("timeline.remove",
                    InstanceNotes.detail(t, e), at));
            case DRAIN_STARTED -> d.message(front, inst, Arrow.SOLID_ASYNC,
                    t.get("timeline.drain", Times.at(e.until()), at));
            case DRAIN_ENDED -> d.message(front, inst, Arrow.SOLID_CROSS,
                    t.get("timeline.drainEnded", InstanceNotes.detail(t, e), at));
            case SIGNAL -> d.message(controller, inst, Arrow.SOLID, t.get("timeline.signal", e.detail(),
                    t.get(e.value() == 1 ? "signal.graceful" : "signal.fast"), at));
            case INSTANCE_LISTENING, INSTANCE_READY, INSTANCE_AVAILABLE, PRESTOP_STARTED, PRESTOP_ENDED,
                    LISTENER_CLOSED, PROCESS_EXITED, INSTANCE_GONE, INSTANCE_CRASHED, DISRUPTION_STARTED,
                    DISRUPTION_FINISHED, TRAFFIC_SWITCHED, NODE_DRAIN_STARTED, EVICTION_BLOCKED,
                    // a request's events are drawn by its own diagram (RolloutTimeline passes none here)
                    REQUEST_SENT, CONNECTED, CONNECT_FAILED, BODY_STARTED, BODY_RECEIVED, PROCESSING_STARTED,
                    RESPONSE_STARTED, RESPONSE_RECEIVED, TIMER_ARMED, TIMER_CLEARED, TIMER_FIRED, STALLED, CUT,
                    RETRIED, STATUS_SENT, UPLOAD_NEXT -> d.noteOver(inst, InstanceNotes.text(t, r, e));
        }
    }
}
