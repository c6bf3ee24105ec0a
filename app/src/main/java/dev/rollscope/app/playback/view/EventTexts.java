package dev.rollscope.app.playback.view;

import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.model.i18n.Labels;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Station;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import dev.rollscope.model.units.ByteSize;

/**
 * A request's trace events in words: the stations by name ({@code client}, {@code A (A.2)}, the
 * front of a hop) and, per event type, a sentence for the event list ({@code event.TYPE}) and a
 * label for the sequence diagram ({@code arrow.TYPE}). Both patterns take the same arguments:
 * {0} station, {1} peer, {2} value, {3} until in seconds, {4} detail (a cause or a verdict by the
 * model's name for it), {5} bytes as a size.
 */
final class EventTexts {

    private final SimulationResult result;
    private final PlaybackTexts texts;

    EventTexts(SimulationResult result, PlaybackTexts texts) {
        this.result = result;
        this.texts = texts;
    }

    /** The name of a station, with the instance when one is given. */
    String station(int station, int instance) {
        if (station < 0) {
            return "";
        }
        Station s = result.stations().get(station);
        String name = switch (s.kind()) {
            case CLIENT -> texts.get("stage.client");
            case FRONT_PROXY -> texts.format("stage.front", result.topology().hops().get(s.hop()).id());
            case HOP -> result.topology().hops().get(s.hop()).id();
        };
        return instance >= 0 ? name + " (" + result.instances().get(instance).id() + ")" : name;
    }

    /** The short name of a station, for a sequence diagram's heading. */
    String heading(int station) {
        return station(station, -1);
    }

    /** The event as a line of the event list: time, then a sentence. */
    String sentence(TraceEvent e) {
        return texts.seconds(e.time()) + "  " + fill("event." + e.type().name() + (randomPause(e) ? ".randomPause" : ""), e);
    }

    /** The event as a label on an arrow or note of the sequence diagram. */
    String label(TraceEvent e) {
        return fill("arrow." + e.type().name(), e);
    }

    /**
     * A GCS client's retry: it pauses at random up to the time the engine waits, which is not the
     * worst case (ResumableUploads), so its sentence gives that time as the latest, not as the time.
     */
    private boolean randomPause(TraceEvent e) {
        ResumableUpload u = e.request() >= 0 ? result.requests().get(e.request()).resumable() : null;
        if (e.type() != TraceEventType.UPLOAD_NEXT || !e.detail().startsWith("retry:") || u == null) {
            return false;
        }
        return switch (u.protocol()) {
            case TUS -> false;
            case GCS -> true;
        };
    }

    private String fill(String key, TraceEvent e) {
        String until = e.until() >= 0 ? texts.seconds(e.until()) : "";
        String size = e.value() >= 0 ? ByteSize.ofBytes(e.value()).toString() : "";
        return texts.format(key, station(e.station(), e.instance()),
                station(e.peerStation(), e.peerInstance()), e.value(), until,
                detail(e), size);
    }

    /** The event's detail in words: a verdict (REQUEST_DONE's OK or FAILED) or a cause by its name, else as it is. */
    private String detail(TraceEvent e) {
        Labels labels = texts.messages().labels();
        return e.type() == TraceEventType.REQUEST_DONE ? labels.verdict(e.detail().equals("OK"))
                : labels.nameOr(Cause.class, e.detail());
    }
}
