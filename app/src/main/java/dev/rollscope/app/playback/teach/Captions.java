package dev.rollscope.app.playback.teach;

import static dev.rollscope.model.sim.TraceEventType.DISRUPTION_FINISHED;
import static dev.rollscope.model.sim.TraceEventType.DISRUPTION_STARTED;
import static dev.rollscope.model.sim.TraceEventType.DRAIN_ENDED;
import static dev.rollscope.model.sim.TraceEventType.DRAIN_STARTED;
import static dev.rollscope.model.sim.TraceEventType.EVICTION_BLOCKED;
import static dev.rollscope.model.sim.TraceEventType.INSTANCE_CRASHED;
import static dev.rollscope.model.sim.TraceEventType.INSTANCE_CREATED;
import static dev.rollscope.model.sim.TraceEventType.INSTANCE_GONE;
import static dev.rollscope.model.sim.TraceEventType.INSTANCE_READY;
import static dev.rollscope.model.sim.TraceEventType.LISTENER_CLOSED;
import static dev.rollscope.model.sim.TraceEventType.PRESTOP_STARTED;
import static dev.rollscope.model.sim.TraceEventType.REMOVAL_STARTED;
import static dev.rollscope.model.sim.TraceEventType.REQUEST_DONE;
import static dev.rollscope.model.sim.TraceEventType.REQUEST_SENT;
import static dev.rollscope.model.sim.TraceEventType.SIGNAL;
import static dev.rollscope.model.sim.TraceEventType.TRAFFIC_SWITCHED;
import static dev.rollscope.model.sim.TraceEventType.VIEW_ADDED;
import static dev.rollscope.model.sim.TraceEventType.VIEW_REMOVED;

import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import dev.rollscope.model.topology.Hop;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A sentence in plain words for each trace event worth a pause: key {@code teach.TYPE} of the
 * playback bundle (a verdict: {@code teach.REQUEST_DONE.OK} or {@code .FAILED}), filled with
 * {0} instance, {1} hop, {2} the hop's front, {3} detail, {4} until, {5} request, {6} status,
 * {7} the failure's summary.
 */
final class Captions {

    private static final Set<TraceEventType> TOLD = EnumSet.of(DISRUPTION_STARTED, INSTANCE_CREATED, INSTANCE_READY,
            VIEW_ADDED, REMOVAL_STARTED, PRESTOP_STARTED, VIEW_REMOVED, DRAIN_STARTED, DRAIN_ENDED, SIGNAL,
            LISTENER_CLOSED, INSTANCE_GONE, INSTANCE_CRASHED, DISRUPTION_FINISHED, EVICTION_BLOCKED, TRAFFIC_SWITCHED,
            REQUEST_SENT, REQUEST_DONE);

    private final SimulationResult result;
    private final PlaybackTexts texts;

    Captions(SimulationResult result, PlaybackTexts texts) {
        this.result = result;
        this.texts = texts;
    }

    Optional<String> sentence(TraceEvent e) {
        if (!TOLD.contains(e.type())) {
            return Optional.empty();
        }
        String key = "teach." + e.type().name();
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
}
