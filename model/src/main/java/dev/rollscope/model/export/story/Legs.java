package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.export.mermaid.Arrow;
import dev.rollscope.model.export.mermaid.Participant;
import dev.rollscope.model.export.mermaid.SequenceDiagram;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.units.ByteSize;

/**
 * Tells the events of one request as messages: each leg with its activation, the answers back,
 * connection failures, cuts and timeouts as {@code -x} at the point they broke, and the transfers,
 * processing, timers and retries as notes.
 */
final class Legs {

    private static final long LONG_TRANSFER = 100;
    private static final long LONG_PROCESSING = 1000;

    private final SequenceDiagram d;
    private final Cast cast;
    private final ExportTexts t;
    private final SimulationResult r;
    private final RequestSpec spec;
    private final boolean all;
    private final ChainPath path;

    Legs(SequenceDiagram d, Cast cast, ExportTexts t, SimulationResult r, int request, ExportOptions o) {
        this.d = d;
        this.cast = cast;
        this.t = t;
        this.r = r;
        this.spec = r.requests().get(request);
        this.all = o.all();
        this.path = new ChainPath(d, cast.client());
    }

    ChainPath path() {
        return path;
    }

    void on(TraceEvent e) {
        switch (e.type()) {
            case CONNECTED -> connected(e);
            case CONNECT_FAILED -> connectFailed(e);
            case BODY_STARTED -> body(e);
            case BODY_RECEIVED -> noteIf(all, e, t.get("body.received", where(e), at(e)));
            case PROCESSING_STARTED -> noteIf(all || e.until() - e.time() >= LONG_PROCESSING, e,
                    t.get("processing.note", where(e), Times.span(e.until() - e.time()), Times.at(e.until())));
            case RESPONSE_STARTED -> response(e);
            case TIMER_ARMED -> noteIf(all, e, t.get("timer.armed", e.detail(), Times.at(e.until())));
            case TIMER_FIRED -> timerFired(e);
            case STALLED -> noteIf(true, e, t.get("stalled", name(e.peerStation(), e.peerInstance()), at(e)));
            case CUT -> cut(e);
            case RETRIED -> noteIf(true, e, t.get("retried", String.valueOf(e.value()), cause(e.detail()), at(e)));
            case STATUS_SENT -> status(e);
            default -> {
            }
        }
    }

    private void connected(TraceEvent e) {
        int from = path.indexOf(e.station());
        path.truncate(from);
        Participant caller = path.node(from).participant();
        Participant to = cast.of(e.peerStation(), e.peerInstance());
        String text = legText(e) + ("pooled".equals(e.detail()) ? t.get("leg.pooled") : "")
                + (e.value() > 1 ? t.get("leg.attempt", String.valueOf(e.value())) : "");
        Participant lb = cast.loadBalancer(e.peerStation());
        if (lb != null) {
            d.message(caller, lb, Arrow.SOLID, text);
            path.enter(lb, new ChainPath.Node(e.peerStation(), e.peerInstance(), to), Arrow.SOLID,
                    t.get("leg.lb", name(e.peerStation(), e.peerInstance())));
        } else {
            path.enter(caller, new ChainPath.Node(e.peerStation(), e.peerInstance(), to), Arrow.SOLID, text);
        }
    }

    private String legText(TraceEvent e) {
        if (e.station() == 0) {
            return t.get("leg.first", spec.method(), spec.id(), at(e));
        }
        return t.get("leg.hop", spec.method(), name(e.peerStation(), e.peerInstance()), at(e));
    }

    private void connectFailed(TraceEvent e) {
        int from = path.indexOf(e.station());
        path.truncate(from);
        Participant caller = path.node(from).participant();
        Participant to = cast.of(e.peerStation(), e.peerInstance());
        String reason = t.has("connect." + e.detail()) ? t.get("connect." + e.detail()) : e.detail();
        String text = t.get("connect.failed", reason, at(e));
        Participant lb = cast.loadBalancer(e.peerStation());
        if (lb != null) {
            d.message(caller, lb, Arrow.SOLID, legText(e));
            caller = lb;
        }
        d.message(caller, to, Arrow.SOLID_CROSS, text);
    }

    private void body(TraceEvent e) {
        long took = e.until() - e.time();
        if (e.value() <= 0 || !all && took < LONG_TRANSFER) {
            return;
        }
        Participant[] span = cast.span(path.node(path.indexOf(e.station())).participant(),
                cast.of(e.peerStation(), e.peerInstance()));
        String target = e.peerInstance() >= 0 ? instance(e.peerInstance()) : span[1].label();
        d.noteOver(span[0], span[1], t.get("body.note", ByteSize.ofBytes(e.value()).toString(), target,
                Times.span(took), at(e), Times.at(e.until())));
    }

    private void response(TraceEvent e) {
        int child = path.indexOf(e.station());
        int parent = path.indexOf(e.peerStation());
        String text = t.get("response.leg", e.detail(), ByteSize.ofBytes(e.value()).toString(), at(e));
        for (int i = child; i > parent; i--) {
            path.leave(path.node(i).participant(), path.node(i - 1).participant(), Arrow.DOTTED, text);
        }
        path.truncate(parent);
    }

    private void timerFired(TraceEvent e) {
        int at = path.indexOf(e.station());
        String text = t.get("timer.fired", e.detail(), at(e));
        if (at + 1 < path.size()) {
            d.message(path.node(at).participant(), path.node(at + 1).participant(), Arrow.SOLID_CROSS, text);
        } else {
            d.noteOver(path.node(at).participant(), text);
        }
    }

    private void cut(TraceEvent e) {
        int caller = path.indexOf(e.station());
        Participant from = caller + 1 < path.size() ? path.node(caller + 1).participant()
                : cast.of(e.peerStation(), e.peerInstance());
        path.leave(from, path.node(caller).participant(), Arrow.DOTTED_CROSS,
                t.get("cut", name(e.peerStation(), e.peerInstance()), cause(e.detail()), at(e)));
        path.truncate(caller);
    }

    private void status(TraceEvent e) {
        int at = path.indexOf(e.station());
        if (at == 0) {
            return;
        }
        Arrow arrow = at == 1 ? Arrow.DOTTED_CROSS : Arrow.DOTTED;
        path.leave(path.node(at).participant(), path.node(at - 1).participant(), arrow,
                t.get("status.leg", String.valueOf(e.value()), at(e)));
        path.truncate(at - 1);
    }

    private void noteIf(boolean tell, TraceEvent e, String text) {
        if (tell) {
            d.noteOver(cast.of(e.station(), e.instance()), text);
        }
    }

    private String where(TraceEvent e) {
        return name(e.station(), e.instance());
    }

    /** The instance's id, or the station's name when no instance is known. */
    private String name(int station, int instance) {
        return instance >= 0 ? instance(instance) : cast.of(station, -1).label();
    }

    private String instance(int index) {
        return r.instances().get(index).id();
    }

    private String cause(String name) {
        return t.has("cause." + name) ? t.get("cause." + name) : name;
    }

    private static String at(TraceEvent e) {
        return Times.at(e.time());
    }
}
