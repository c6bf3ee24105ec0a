package dev.rollscope.app.playback.teach;

import static dev.rollscope.model.sim.TraceEventType.REQUEST_DONE;

import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import dev.rollscope.model.topology.Hop;
import java.util.Optional;

/**
 * A sentence in plain words for each trace event worth a pause: key {@link #key} of the
 * playback bundle (a verdict: {@code teach.REQUEST_DONE.OK} or {@code .FAILED}), filled with
 * {0} instance, {1} hop, {2} the hop's front, {3} detail, {4} until, {5} request, {6} status,
 * {7} the failure's summary.
 */
final class Captions {

    private final SimulationResult result;
    private final PlaybackTexts texts;

    Captions(SimulationResult result, PlaybackTexts texts) {
        this.result = result;
        this.texts = texts;
    }

    Optional<String> sentence(TraceEvent e) {
        String key = key(e.type());
        if (key == null) {
            return Optional.empty();
        }
        String request = "";
        String status = "";
        String summary = "";
        if (e.request() >= 0) {
            Outcome o = result.outcomes().get(e.request());
            request = o.requestId();
            status = o.statusText();
            if (e.type() == REQUEST_DONE) {
                key += o.ok() ? ".OK" : ".FAILED";
                summary = o.ok() ? "" : texts.explain(o.failure()).summary();
            }
        }
        Hop hop = hopOf(e, request);
        String instance = e.instance() >= 0 ? result.instances().get(e.instance()).id() : "";
        String until = e.until() >= 0 ? texts.seconds(e.until()) : "";
        return Optional.of(texts.format(key, instance, hop == null ? "" : hop.id(),
                hop == null ? "" : texts.messages().name(hop.front()), e.detail(), until, request, status, summary));
    }

    private Hop hopOf(TraceEvent e, String request) {
        if (e.request() >= 0 && !result.outcome(request).ok()) {
            return result.topology().hop(result.outcome(request).failure().hop()).orElse(null);
        }
        if (e.station() < 0 || result.stations().get(e.station()).hop() < 0) {
            return null;
        }
        return result.topology().hops().get(result.stations().get(e.station()).hop());
    }

    /**
     * The bundle key of the sentence for an event of this type (a verdict's adds {@code .OK} or
     * {@code .FAILED}), or null for the events that pass without a pause. Every type is decided here:
     * a new one does not compile until it is, and a renamed one keeps its sentence.
     */
    static String key(TraceEventType type) {
        return switch (type) {
            case DISRUPTION_STARTED -> "teach.DISRUPTION_STARTED";
            case TRAFFIC_SWITCHED -> "teach.TRAFFIC_SWITCHED";
            case INSTANCE_CREATED -> "teach.INSTANCE_CREATED";
            case INSTANCE_READY -> "teach.INSTANCE_READY";
            case VIEW_ADDED -> "teach.VIEW_ADDED";
            case REMOVAL_STARTED -> "teach.REMOVAL_STARTED";
            case PRESTOP_STARTED -> "teach.PRESTOP_STARTED";
            case VIEW_REMOVED -> "teach.VIEW_REMOVED";
            case DRAIN_STARTED -> "teach.DRAIN_STARTED";
            case DRAIN_ENDED -> "teach.DRAIN_ENDED";
            case SIGNAL -> "teach.SIGNAL";
            case LISTENER_CLOSED -> "teach.LISTENER_CLOSED";
            case INSTANCE_GONE -> "teach.INSTANCE_GONE";
            case INSTANCE_CRASHED -> "teach.INSTANCE_CRASHED";
            case DISRUPTION_FINISHED -> "teach.DISRUPTION_FINISHED";
            case EVICTION_BLOCKED -> "teach.EVICTION_BLOCKED";
            case REQUEST_SENT -> "teach.REQUEST_SENT";
            case REQUEST_DONE -> "teach.REQUEST_DONE";
            case INSTANCE_LISTENING, INSTANCE_AVAILABLE, PRESTOP_ENDED, PROCESS_EXITED, NODE_DRAIN_STARTED, CONNECTED,
                    CONNECT_FAILED, BODY_STARTED, BODY_RECEIVED, PROCESSING_STARTED, RESPONSE_STARTED,
                    RESPONSE_RECEIVED, TIMER_ARMED, TIMER_CLEARED, TIMER_FIRED, STALLED, CUT, RETRIED, STATUS_SENT,
                    UPLOAD_NEXT -> null;
        };
    }
}
