package dev.rollscope.lab.report;

import dev.rollscope.lab.client.RealOutcome;
import dev.rollscope.lab.client.TusClient;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.Station;
import dev.rollscope.model.sim.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A resumable upload (domain.md §13) compared request by request: the engine's attempts, read from
 * its trace (REQUEST_SENT starts one, UPLOAD_NEXT ends it: {@code chunk} after an answered chunk,
 * {@code retry:CAUSE} after a failure, {@code restart} after a HEAD answered 404; STATUS_SENT says
 * who answered what), against the lab client's. The engine writes every chunk as the protocol's
 * chunk method; a chunk sent while the upload is not known to exist (no answered attempt since the
 * start or a restart) is the one that creates it, which tus sends as a POST. An answered attempt
 * is tus's 201 (creation), 204 (PATCH) or 200 (HEAD).
 */
public final class UploadAttempts {

    private record Predicted(String method, long offset, long bytes, long start, long end, String status, String by,
                             String cause, boolean ok) {
    }

    private UploadAttempts() {
    }

    /** One row per attempt of request {@code index}, in order; an attempt only one side made disagrees. */
    public static List<Comparison> compare(SimulationResult plan, int index, String app,
                                           List<TusClient.Attempt> real, long tolerance) {
        List<Predicted> predicted = predicted(plan, index, app);
        String id = plan.requests().get(index).id();
        List<Comparison> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(predicted.size(), real.size()); i++) {
            Predicted p = i < predicted.size() ? predicted.get(i) : null;
            TusClient.Attempt a = i < real.size() ? real.get(i) : null;
            rows.add(row(id + " #" + (i + 1), p, a, tolerance));
        }
        return rows;
    }

    private static Comparison row(String id, Predicted p, TusClient.Attempt a, long tolerance) {
        if (a == null) {
            return new Comparison(id, what(p.method(), p.offset(), p.bytes()) + " (lab: not sent)", p.start(),
                    p.status(), "-", p.by(), "-", p.end(), p.end(), p.cause(), false);
        }
        RealOutcome o = a.outcome();
        String realWhat = what(a.method(), a.offset(), a.bytes());
        if (p == null) {
            return new Comparison(id, realWhat + " (engine: not sent)", o.start(), "-", o.statusText(), "-",
                    o.answeredBy(), o.end(), o.end(), "", false);
        }
        String predictedWhat = what(p.method(), p.offset(), p.bytes());
        boolean same = predictedWhat.equals(realWhat);
        boolean realOk = o.status() / 100 == 2 && !o.truncated() && o.error().isEmpty();
        boolean status = p.status().equals(o.statusText()) && p.ok() == realOk;
        boolean by = p.status().equals("reset") || p.by().equals(o.answeredBy());
        boolean time = Math.abs(p.end() - o.end()) <= tolerance;
        return new Comparison(id, same ? realWhat : predictedWhat + " (lab: " + realWhat + ")", p.start(), p.status(),
                o.statusText(), p.by(), o.answeredBy(), p.end(), o.end(), p.cause(), same && status && by && time);
    }

    private static String what(String method, long offset, long bytes) {
        return method.equals("HEAD") ? "HEAD" : method + " " + offset + "+" + bytes + " B";
    }

    private static List<Predicted> predicted(SimulationResult plan, int index, String app) {
        List<Predicted> out = new ArrayList<>();
        long offset = 0;
        boolean exists = false;
        String method = null;
        long bytes = 0;
        long start = 0;
        String status = "reset";
        String by = "client";
        String cause = "";
        for (TraceEvent e : plan.trace().forRequest(index)) {
            switch (e.type()) {
                case REQUEST_SENT -> {
                    method = e.detail().equals("HEAD") ? "HEAD" : exists ? "PATCH" : "POST";
                    bytes = e.value();
                    start = e.time();
                    status = "reset";
                    by = "client";
                    cause = "";
                }
                case STATUS_SENT -> {
                    status = Long.toString(e.value());
                    by = label(plan, e.station());
                    cause = e.detail();
                }
                case UPLOAD_NEXT -> {
                    boolean ok = e.detail().equals("chunk");
                    out.add(ok ? new Predicted(method, offset, bytes, start, e.time(), answered(method), app, "", true)
                            : new Predicted(method, offset, bytes, start, e.time(), status, by, cause, false));
                    exists = ok || exists && !e.detail().equals("restart");
                    offset = e.value();
                }
                case INSTANCE_CREATED, INSTANCE_LISTENING, INSTANCE_READY, INSTANCE_AVAILABLE, VIEW_ADDED,
                     VIEW_REMOVED, REMOVAL_STARTED, DRAIN_STARTED, DRAIN_ENDED, PRESTOP_STARTED, PRESTOP_ENDED,
                     SIGNAL, LISTENER_CLOSED, PROCESS_EXITED, INSTANCE_GONE, INSTANCE_CRASHED,
                     DISRUPTION_STARTED, DISRUPTION_FINISHED, TRAFFIC_SWITCHED, NODE_DRAIN_STARTED,
                     EVICTION_BLOCKED, CONNECTED, CONNECT_FAILED, BODY_STARTED, BODY_RECEIVED,
                     PROCESSING_STARTED, RESPONSE_STARTED, RESPONSE_RECEIVED, TIMER_ARMED, TIMER_CLEARED,
                     TIMER_FIRED, STALLED, CUT, RETRIED, REQUEST_DONE -> { }
            }
        }
        Outcome last = plan.outcomes().get(index);
        out.add(last.ok() ? new Predicted(method, offset, bytes, start, last.end(), answered(method), app, "", true)
                : new Predicted(method, offset, bytes, start, last.end(), last.statusText(),
                        last.status() == 0 ? "client" : last.failure().answeredBy(), last.failure().cause().name(),
                        false));
        return out;
    }

    /** tus's answer to an attempt that succeeded: 201 Created, 204 No Content, or 200 for HEAD. */
    private static String answered(String method) {
        return switch (method) {
            case "POST" -> "201";
            case "PATCH" -> "204";
            default -> "200";
        };
    }

    /** The engine's name for the station that answered: the hop's id, {@code A/front} for its GFE. */
    private static String label(SimulationResult plan, int station) {
        if (station <= 0) {
            return "client";
        }
        Station s = plan.stations().get(station);
        return plan.topology().hops().get(s.hop()).id() + (s.kind() == Station.Kind.FRONT_PROXY ? "/front" : "");
    }
}
