package dev.rollscope.app.playback.state;

import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Works out where a request is at a time from its own events up to that time: the last event
 * that places it (sent, connected, a body or response under way, processing, stalled, done) gives
 * the phase, and the connections it made give the instance at each station.
 */
final class RequestTracker {

    private final SimulationResult result;
    private final TraceIndex index;
    private final ChainPlaces places;

    RequestTracker(SimulationResult result, TraceIndex index) {
        this.result = result;
        this.index = index;
        this.places = new ChainPlaces(result);
    }

    /** Where the request is at t, and the instance that took it at each station so far. */
    private record Walk(RequestView view, int[] instanceAt) {
    }

    RequestView view(int request, long t) {
        return walk(request, t).view();
    }

    /** The connections that hold the request at t, from the client to the deepest station. */
    RequestPath path(int request, long t) {
        Walk w = walk(request, t);
        RequestView v = w.view();
        return switch (v.phase()) {
            case NOT_SENT, DONE -> RequestPath.none(request);
            case UPLOADING -> path(request, w.instanceAt(), v.to(), v.toInstance(), RequestPath.Link.SENDING_BODY);
            case RESPONDING -> path(request, w.instanceAt(), v.from(), v.fromInstance(), RequestPath.Link.RECEIVING);
            case FAILED -> path(request, w.instanceAt(), v.station(), v.instance(), RequestPath.Link.CUT);
            case AT_STATION, BUFFERED, PROCESSING, STALLED ->
                    path(request, w.instanceAt(), v.station(), v.instance(), RequestPath.Link.WAITING);
        };
    }

    private static RequestPath path(int request, int[] instanceAt, int deepest, int instance, RequestPath.Link state) {
        List<RequestPath.Stop> stops = new ArrayList<>(deepest + 1);
        for (int s = 0; s < deepest; s++) {
            stops.add(new RequestPath.Stop(s, instanceAt[s]));
        }
        stops.add(new RequestPath.Stop(deepest, instance));
        return new RequestPath(request, stops, state);
    }

    private Walk walk(int request, long t) {
        int count = index.countAtOrBefore(request, t);
        if (count == 0) {
            return new Walk(RequestView.notSent(request), new int[0]);
        }
        int[] events = index.eventsOf(request);
        int[] instanceAt = new int[result.stations().size()];
        Arrays.fill(instanceAt, -1);
        TraceEvent place = null;
        for (int i = 0; i < count; i++) {
            TraceEvent e = index.event(events[i]);
            if (e.station() >= 0 && e.instance() >= 0) {
                instanceAt[e.station()] = e.instance();
            }
            if (e.type() == TraceEventType.CONNECTED && e.peerInstance() >= 0) {
                instanceAt[e.peerStation()] = e.peerInstance();
            }
            if (places(e) && !insideRunningLeg(place, e, t)) {
                place = e;
            }
        }
        return new Walk(place == null ? RequestView.notSent(request) : viewOf(request, place, instanceAt, t), instanceAt);
    }

    private static boolean places(TraceEvent e) {
        return switch (e.type()) {
            case REQUEST_SENT, CONNECTED, CONNECT_FAILED, BODY_STARTED, BODY_RECEIVED, PROCESSING_STARTED,
                    RESPONSE_STARTED, RESPONSE_RECEIVED, STALLED, RETRIED, REQUEST_DONE -> true;
            case TIMER_ARMED, TIMER_CLEARED, TIMER_FIRED, CUT, STATUS_SENT, UPLOAD_NEXT,
                    // not a request's event: a request's walk is given none
                    INSTANCE_CREATED, INSTANCE_LISTENING, INSTANCE_READY, INSTANCE_AVAILABLE, VIEW_ADDED, VIEW_REMOVED,
                    REMOVAL_STARTED, DRAIN_STARTED, DRAIN_ENDED, PRESTOP_STARTED, PRESTOP_ENDED, SIGNAL,
                    LISTENER_CLOSED, PROCESS_EXITED, INSTANCE_GONE, INSTANCE_CRASHED, DISRUPTION_STARTED,
                    DISRUPTION_FINISHED, TRAFFIC_SWITCHED, NODE_DRAIN_STARTED, EVICTION_BLOCKED -> false;
        };
    }

    /**
     * True when e is a station inside a leg still under way receiving its part of a streamed body or
     * response (a response reaches Kong and A before the client): the request is still on the leg.
     */
    private static boolean insideRunningLeg(TraceEvent place, TraceEvent e, long t) {
        boolean leg = place != null && (place.type() == TraceEventType.BODY_STARTED
                || place.type() == TraceEventType.RESPONSE_STARTED);
        boolean received = e.type() == TraceEventType.BODY_RECEIVED || e.type() == TraceEventType.RESPONSE_RECEIVED;
        return leg && received && place.until() > t && e.station() != place.peerStation();
    }

    private RequestView viewOf(int request, TraceEvent e, int[] instanceAt, long t) {
        int st = e.station();
        return switch (e.type()) {
            case CONNECTED -> at(request, RequestPhase.AT_STATION, e.peerStation(), instanceAt, 0);
            case BODY_STARTED -> leg(request, RequestPhase.UPLOADING, e, instanceAt, t);
            case RESPONSE_STARTED -> leg(request, RequestPhase.RESPONDING, e, instanceAt, t);
            case BODY_RECEIVED -> at(request, RequestPhase.BUFFERED, st, instanceAt, 0);
            case PROCESSING_STARTED -> at(request, RequestPhase.PROCESSING, st, instanceAt, progress(e, t));
            case STALLED -> at(request, RequestPhase.STALLED, st, instanceAt, 0);
            case REQUEST_DONE -> finished(request);
            case REQUEST_SENT, CONNECT_FAILED, RESPONSE_RECEIVED, RETRIED,
                    // not a place (see places): none comes here
                    TIMER_ARMED, TIMER_CLEARED, TIMER_FIRED, CUT, STATUS_SENT, UPLOAD_NEXT,
                    INSTANCE_CREATED, INSTANCE_LISTENING, INSTANCE_READY, INSTANCE_AVAILABLE, VIEW_ADDED, VIEW_REMOVED,
                    REMOVAL_STARTED, DRAIN_STARTED, DRAIN_ENDED, PRESTOP_STARTED, PRESTOP_ENDED, SIGNAL,
                    LISTENER_CLOSED, PROCESS_EXITED, INSTANCE_GONE, INSTANCE_CRASHED, DISRUPTION_STARTED,
                    DISRUPTION_FINISHED, TRAFFIC_SWITCHED, NODE_DRAIN_STARTED, EVICTION_BLOCKED ->
                at(request, RequestPhase.AT_STATION, st, instanceAt, 0);
        };
    }

    private static RequestView at(int request, RequestPhase phase, int station, int[] instanceAt, double progress) {
        int instance = instanceAt[station];
        return new RequestView(request, phase, station, station, instance, instance, progress, 0, 0);
    }

    private static RequestView leg(int request, RequestPhase phase, TraceEvent e, int[] instanceAt, long t) {
        return new RequestView(request, phase, e.station(), e.peerStation(), instanceAt[e.station()],
                e.peerInstance() >= 0 ? e.peerInstance() : instanceAt[e.peerStation()], progress(e, t), e.value(), 0);
    }

    private RequestView finished(int request) {
        Outcome o = result.outcomes().get(request);
        if (o.ok()) {
            return new RequestView(request, RequestPhase.DONE, 0, 0, -1, -1, 1, 0, o.status());
        }
        int station = places.station(o.failure());
        int instance = places.instance(o.failure());
        return new RequestView(request, RequestPhase.FAILED, station, station, instance, instance, 1, 0, o.status());
    }

    /** How far from the event's time to its {@code until} t is, from 0 to 1 (1 for an instant). */
    private static double progress(TraceEvent e, long t) {
        long span = e.until() - e.time();
        if (span <= 0) {
            return 1;
        }
        return Math.max(0, Math.min(1, (double) (t - e.time()) / span));
    }
}
