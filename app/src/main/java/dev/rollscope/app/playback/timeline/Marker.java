package dev.rollscope.app.playback.timeline;

import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A mark on the timeline: a step of a disruption, or a failed request.
 *
 * @param station  the station of the hop concerned, or -1
 * @param instance the instance concerned, or -1
 * @param request  the failed request, or -1
 */
public record Marker(long time, Kind kind, int station, int instance, int request) {

    /** What a marker marks. */
    public enum Kind {
        /** A rollout, node upgrade, crash, blue/green switch or canary of a hop began. */
        DISRUPTION_STARTED,
        /** A blue/green switch sent new requests to the new side (domain.md §14). */
        TRAFFIC_SWITCHED,
        /** An old instance began to leave (pod deleted, VM removed). */
        REMOVAL_STARTED,
        /** A disruption of a hop finished. */
        DISRUPTION_FINISHED,
        /** A request failed. */
        FAILURE
    }

    /** Every marker of a simulation, in time order (failures after disruption steps at equal times). */
    public static List<Marker> of(SimulationResult result) {
        List<Marker> out = new ArrayList<>();
        for (TraceEvent e : result.trace().events()) {
            Kind kind = kindOf(e);
            if (kind != null) {
                out.add(new Marker(e.time(), kind, e.station(), e.instance(), -1));
            }
        }
        for (Outcome o : result.outcomes()) {
            if (!o.ok()) {
                out.add(new Marker(o.end(), Kind.FAILURE, -1, -1, o.request()));
            }
        }
        out.sort(Comparator.comparingLong(Marker::time));
        return List.copyOf(out);
    }

    private static Kind kindOf(TraceEvent e) {
        return switch (e.type()) {
            case DISRUPTION_STARTED -> Kind.DISRUPTION_STARTED;
            case TRAFFIC_SWITCHED -> Kind.TRAFFIC_SWITCHED;
            case REMOVAL_STARTED -> Kind.REMOVAL_STARTED;
            case DISRUPTION_FINISHED -> Kind.DISRUPTION_FINISHED;
            case INSTANCE_CREATED, INSTANCE_LISTENING, INSTANCE_READY, INSTANCE_AVAILABLE, VIEW_ADDED, VIEW_REMOVED,
                    DRAIN_STARTED, DRAIN_ENDED, PRESTOP_STARTED, PRESTOP_ENDED, SIGNAL, LISTENER_CLOSED, PROCESS_EXITED,
                    INSTANCE_GONE, INSTANCE_CRASHED, NODE_DRAIN_STARTED, EVICTION_BLOCKED,
                    REQUEST_SENT, CONNECTED, CONNECT_FAILED, BODY_STARTED, BODY_RECEIVED, PROCESSING_STARTED,
                    RESPONSE_STARTED, RESPONSE_RECEIVED, TIMER_ARMED, TIMER_CLEARED, TIMER_FIRED, STALLED, CUT,
                    RETRIED, STATUS_SENT, REQUEST_DONE, UPLOAD_NEXT -> null; // failures are marked from the outcomes
        };
    }
}
