package dev.rollscope.model.export.story;

import dev.rollscope.model.export.ExportTexts;
import dev.rollscope.model.export.Times;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.TraceEvent;
import dev.rollscope.model.sim.TraceEventType;
import dev.rollscope.model.units.ByteSize;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A resumable upload's uneventful chunks told together (domain.md §13): a run of two or more
 * consecutive chunk requests that each went through at the first try, to the same application
 * instance, with the same answer, becomes one note ("chunks 3–9 …"), so that the diagram shows the
 * first chunk, every chunk that failed or was retried, each change of instance, and the last chunk
 * in full. A request with a database transaction keeps every chunk (each tells its transaction).
 */
final class ChunkRuns {

    /** Events an attempt that went through at the first try consists of. */
    private static final Set<TraceEventType> QUIET = EnumSet.of(TraceEventType.REQUEST_SENT, TraceEventType.CONNECTED,
            TraceEventType.BODY_STARTED, TraceEventType.BODY_RECEIVED, TraceEventType.PROCESSING_STARTED,
            TraceEventType.RESPONSE_STARTED, TraceEventType.RESPONSE_RECEIVED, TraceEventType.TIMER_ARMED,
            TraceEventType.TIMER_CLEARED, TraceEventType.UPLOAD_NEXT);

    /** The events inside runs, each to the first event of its run. */
    private final Map<TraceEvent, TraceEvent> runOf = new IdentityHashMap<>();
    /** The note of each run, by its first event. */
    private final Map<TraceEvent, String> notes = new IdentityHashMap<>();

    private ChunkRuns() {
    }

    /** No runs: every chunk drawn in full (the diagram tells all). */
    static ChunkRuns none() {
        return new ChunkRuns();
    }

    /** The runs of request {@code request}: none when it is no resumable upload or has a transaction. */
    static ChunkRuns of(SimulationResult r, int request, ExportTexts t) {
        ChunkRuns runs = new ChunkRuns();
        RequestSpec spec = r.requests().get(request);
        if (spec.resumable() == null || spec.transaction() != null) {
            return runs;
        }
        List<Attempt> attempts = attempts(r, r.trace().forRequest(request));
        List<Attempt> run = new ArrayList<>();
        for (int i = 1; i <= attempts.size(); i++) {
            Attempt a = i < attempts.size() ? attempts.get(i) : null;
            if (a != null && a.quiet && (run.isEmpty() || run.get(0).sameAs(a))) {
                run.add(a);
                continue;
            }
            runs.add(run, spec, t);
            run = new ArrayList<>();
            if (a != null && a.quiet) {
                run.add(a);
            }
        }
        return runs;
    }

    /** True when {@code e} is drawn as it is: it is in no run. */
    boolean draws(TraceEvent e) {
        return !runOf.containsKey(e);
    }

    /** Whether {@code e} keeps the diagram's state (the attempt's method, bytes, offset) though not drawn. */
    static boolean keepsState(TraceEvent e) {
        return e.type() == TraceEventType.REQUEST_SENT || e.type() == TraceEventType.UPLOAD_NEXT;
    }

    /** The note to draw before {@code e}, when it opens a run. */
    String noteAt(TraceEvent e) {
        return notes.get(e);
    }

    private void add(List<Attempt> run, RequestSpec spec, ExportTexts t) {
        if (run.size() < 2) {
            return;
        }
        Attempt first = run.get(0);
        Attempt last = run.get(run.size() - 1);
        long chunk = spec.resumable().chunkBytes();
        notes.put(first.events.get(0), t.get("upload.chunks", String.valueOf(first.offset / chunk + 1),
                String.valueOf(last.offset / chunk + 1), ByteSize.ofBytes(first.offset),
                ByteSize.ofBytes(last.offset + last.bytes), String.valueOf(run.size()), first.method, first.status,
                first.instance, Times.at(first.events.get(0).time()),
                Times.at(last.events.get(last.events.size() - 1).time())));
        for (Attempt a : run) {
            a.events.forEach(e -> runOf.put(e, first.events.get(0)));
        }
    }

    /** The request's attempts, each from its REQUEST_SENT to the next one. */
    private static List<Attempt> attempts(SimulationResult r, List<TraceEvent> own) {
        List<Attempt> attempts = new ArrayList<>();
        long offset = 0;
        List<TraceEvent> events = null;
        for (TraceEvent e : own) {
            if (e.type() == TraceEventType.REQUEST_SENT) {
                if (events != null) {
                    attempts.add(Attempt.of(r, events, offset));
                    offset = nextOffset(events, offset);
                }
                events = new ArrayList<>();
            }
            if (events != null) {
                events.add(e);
            }
        }
        if (events != null) {
            attempts.add(Attempt.of(r, events, offset));
        }
        return attempts;
    }

    /** The offset the attempt after {@code events} sends from: the last UPLOAD_NEXT's, else the same. */
    private static long nextOffset(List<TraceEvent> events, long offset) {
        long next = offset;
        for (TraceEvent e : events) {
            if (e.type() == TraceEventType.UPLOAD_NEXT) {
                next = e.value();
            }
        }
        return next;
    }

    /**
     * One attempt of the upload.
     *
     * @param quiet    a chunk (not a HEAD) that went through at the first try and was acknowledged
     * @param instance the application instance that took it, or ""
     * @param status   the status the client got, or ""
     */
    private record Attempt(List<TraceEvent> events, long offset, long bytes, String method, boolean quiet,
                           String instance, String status) {

        static Attempt of(SimulationResult r, List<TraceEvent> events, long offset) {
            TraceEvent sent = events.get(0);
            boolean quiet = sent.value() > 0 && events.stream().anyMatch(
                    e -> e.type() == TraceEventType.UPLOAD_NEXT && "chunk".equals(e.detail()));
            int deepest = -1;
            String instance = "";
            String status = "";
            for (TraceEvent e : events) {
                quiet &= QUIET.contains(e.type()) && (e.type() != TraceEventType.CONNECTED || e.value() <= 1)
                        && (e.type() != TraceEventType.UPLOAD_NEXT || "chunk".equals(e.detail()));
                if (e.type() == TraceEventType.CONNECTED && e.peerStation() > deepest && e.peerInstance() >= 0) {
                    deepest = e.peerStation();
                    instance = r.instances().get(e.peerInstance()).id();
                }
                if (e.type() == TraceEventType.RESPONSE_STARTED) {
                    status = e.detail();
                }
            }
            return new Attempt(events, offset, sent.value(), sent.detail(), quiet, instance, status);
        }

        boolean sameAs(Attempt other) {
            return instance.equals(other.instance) && status.equals(other.status) && method.equals(other.method);
        }
    }
}
