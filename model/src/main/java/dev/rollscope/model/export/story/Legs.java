package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.export.mermaid.Arrow;
import dev.rollscope.model.export.mermaid.Participant;
import dev.rollscope.model.export.mermaid.SequenceDiagram;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.Cause;
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
    private final RequestEvents own;
    /** The method of the request's attempt under way: a resumable upload's chunk or HEAD (domain.md §13). */
    private String method;
    /** A resumable upload's attempt under way: the offset it sends from and its bytes. */
    private long offset;
    private long bytes;
    /** The status the attempt under way was answered with, as the client reports it. */
    private String answer = "reset";

    Legs(SequenceDiagram d, Cast cast, ExportTexts t, SimulationResult r, int request, ExportOptions o) {
        this.d = d;
        this.cast = cast;
        this.t = t;
        this.r = r;
        this.spec = r.requests().get(request);
        this.all = o.all();
        this.path = new ChainPath(d, cast.client());
        this.own = new RequestEvents(r.trace().forRequest(request), r.outcomes().get(request).end());
        this.method = spec.method();
    }

    void on(TraceEvent e) {
        switch (e.type()) {
            case CONNECTED -> connected(e);
            case CONNECT_FAILED -> connectFailed(e);
            case BODY_STARTED -> body(e);
            case BODY_RECEIVED -> noteIf(all, e, t.get("body.received", where(e), at(e)));
            case PROCESSING_STARTED -> processing(e);
            case RESPONSE_STARTED -> response(e);
            case TIMER_ARMED -> noteIf(all, e, t.get("timer.armed", e.detail(), Times.span(e.until() - e.time())));
            case TIMER_FIRED -> timerFired(e);
            case STALLED -> noteIf(true, e, t.get("stalled", name(e.peerStation(), e.peerInstance()), at(e)));
            case CUT -> cut(e);
            case RETRIED -> noteIf(true, e, t.get("retried", String.valueOf(e.value()), cause(e.detail()), at(e)));
            case STATUS_SENT -> status(e);
            case REQUEST_SENT -> attempt(e);
            case UPLOAD_NEXT -> nextAttempt(e);
            // drawn by the legs around them: the status, the timer, the client's answer (answerClient)
            case RESPONSE_RECEIVED, TIMER_CLEARED, REQUEST_DONE -> { }
            case INSTANCE_CREATED, INSTANCE_LISTENING, INSTANCE_READY, INSTANCE_AVAILABLE, VIEW_ADDED, VIEW_REMOVED,
                    REMOVAL_STARTED, DRAIN_STARTED, DRAIN_ENDED, PRESTOP_STARTED, PRESTOP_ENDED, SIGNAL,
                    LISTENER_CLOSED, PROCESS_EXITED, INSTANCE_GONE, INSTANCE_CRASHED, DISRUPTION_STARTED,
                    DISRUPTION_FINISHED, TRAFFIC_SWITCHED, NODE_DRAIN_STARTED, EVICTION_BLOCKED ->
                throw new IllegalArgumentException("not a request's event: " + e.type());
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
        if (e.station() > 0) {
            return t.get("leg.hop", method, name(e.peerStation(), e.peerInstance()), at(e));
        }
        if (spec.resumable() == null) {
            return t.get("leg.first", method, spec.id(), at(e));
        }
        return bytes == 0 ? t.get("leg.offsetQuery", method, spec.id(), at(e))
                : t.get("leg.chunk", method, spec.id(), ByteSize.ofBytes(offset), ByteSize.ofBytes(offset + bytes),
                        at(e));
    }

    /** The client sends the request, or a resumable upload's next attempt (its method and bytes). */
    private void attempt(TraceEvent e) {
        if (spec.resumable() != null) {
            method = e.detail();
            bytes = e.value();
            answer = "reset";
        }
    }

    /** The client's answer, carried back from wherever the request still is; its last leg crossed when it failed. */
    void answerClient(String status, long time, boolean failed) {
        String text = t.get("status.leg", status, Times.at(time));
        for (int i = path.size() - 1; i > 0; i--) {
            Arrow arrow = i == 1 && failed ? Arrow.DOTTED_CROSS : Arrow.DOTTED;
            path.leave(path.node(i).participant(), path.node(i - 1).participant(), arrow, text);
        }
        path.truncate(0);
    }

    /** A resumable upload goes on: after an acknowledged chunk (nothing to tell), a retry pause, or from byte 0. */
    private void nextAttempt(TraceEvent e) {
        offset = e.value();
        if ("restart".equals(e.detail())) {
            noteIf(true, e, t.get("upload.restart", at(e)));
        } else if (e.detail().startsWith("retry:")) {
            answerClient(answer, e.time(), true);
            noteIf(true, e, t.get(retryKey(), Times.span(e.until() - e.time()), ByteSize.ofBytes(offset),
                    cause(e.detail().substring("retry:".length())), at(e)));
        }
    }

    /**
     * tus waits its fixed delay; the GCS client a random pause up to the one shown, which the
     * simulation waits whole (ResumableUploads: not the worst case, so the text says so).
     */
    private String retryKey() {
        return switch (spec.resumable().protocol()) {
            case TUS -> "upload.retry";
            case GCS -> "upload.retryUpTo";
        };
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
        long next = own.nextAfter(e);
        if (next > e.time()) {
            d.noteOver(caller, t.get("connect.waiting", where(e), Times.span(next - e.time())));
        }
    }

    private void body(TraceEvent e) {
        long took = e.until() - e.time();
        if (e.value() <= 0 || !all && took < LONG_TRANSFER) {
            return;
        }
        Participant[] span = cast.span(path.node(path.indexOf(e.station())).participant(),
                cast.of(e.peerStation(), e.peerInstance()));
        String target = e.peerInstance() >= 0 ? r.instances().get(e.peerInstance()).id() : cast.name(span[1]);
        String bytes = ByteSize.ofBytes(e.value()).toString();
        long stop = own.stopOf(e);
        d.noteOver(span[0], span[1], stop < e.until()
                ? t.get("body.cut", bytes, target, at(e), Times.at(stop), Times.span(took))
                : t.get("body.note", bytes, target, Times.span(took), at(e), Times.at(e.until())));
    }

    private void processing(TraceEvent e) {
        long took = e.until() - e.time();
        long stop = own.stopOf(e);
        noteIf(all || took >= LONG_PROCESSING, e, stop < e.until()
                ? t.get("processing.cut", where(e), at(e), Times.at(stop), Times.span(took))
                : t.get("processing.note", where(e), Times.span(took), Times.at(e.until())));
        TransactionNote.of(t, spec, e, where(e), stop, own.breakAt(e, stop)).ifPresent(text -> noteIf(true, e, text));
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

    /**
     * A cut, drawn from the hop that cut (the event's peer) back to the caller whose connection it
     * ended; the hops in between (L4 proxies that pass the close on) each carry it one leg further.
     */
    private void cut(TraceEvent e) {
        int caller = path.indexOf(e.station());
        int cutter = path.indexOf(e.peerStation());
        String text = t.get("cut", name(e.peerStation(), e.peerInstance()), cause(e.detail()), at(e));
        if (cutter <= caller) {
            path.leave(cast.of(e.peerStation(), e.peerInstance()), path.node(caller).participant(),
                    Arrow.DOTTED_CROSS, text);
        }
        for (int i = cutter; i > caller; i--) {
            path.leave(path.node(i).participant(), path.node(i - 1).participant(), Arrow.DOTTED_CROSS,
                    i == cutter ? text : t.get("cut.relayed", at(e)));
        }
        path.truncate(caller);
    }

    private void status(TraceEvent e) {
        answer = String.valueOf(e.value());
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
        return instance >= 0 ? r.instances().get(instance).id() : cast.name(cast.of(station, -1));
    }

    /** The name of the cause a trace event's detail gives, or the detail itself when it is none. */
    private String cause(String detail) {
        return t.labels().nameOr(Cause.class, detail);
    }

    private static String at(TraceEvent e) {
        return Times.at(e.time());
    }
}
