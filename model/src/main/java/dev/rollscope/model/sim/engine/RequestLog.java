package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.REQUEST_DONE;
import static dev.rollscope.model.sim.TraceEventType.STATUS_SENT;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.OutcomeFields;
import dev.rollscope.model.sim.OutcomeStream;
import dev.rollscope.model.sim.UploadSummary;
import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every request sent and how it ended, in primitive columns by request index
 * ({@link RequestColumns}). The {@link RequestSpec} and {@link Outcome} of a request are made only
 * when someone reads them, so a run of 6,000,000 requests keeps 19 bytes per request (and the
 * failures). A streamed run hands each outcome on as its request ends and keeps nothing of it.
 */
final class RequestLog {

    private static final byte OK = 1;
    private static final byte FAILED = 2;

    private final Events events;
    private final TraceLog log;
    private final Verdicts verdicts;
    private final int scenarioRequests;
    private final RequestColumns columns = new RequestColumns();
    private final Map<Integer, Failure> failures = new HashMap<>();
    private final ResumableUploads uploads;
    private final OutcomeStream stream;
    private final ArrayDeque<Ended> ended = new ArrayDeque<>();
    private long closed;
    private long failed;

    /** @param stream where each outcome goes as its request ends, or null to keep them all */
    RequestLog(Events events, TraceLog log, Verdicts verdicts, int scenarioRequests, ResumableUploads uploads,
               OutcomeStream stream) {
        this.events = events;
        this.log = log;
        this.verdicts = verdicts;
        this.scenarioRequests = scenarioRequests;
        this.uploads = uploads;
        this.stream = stream;
    }

    int add(RequestType type, long startMillis) {
        return columns.add(type, startMillis);
    }

    RequestType type(int i) {
        return columns.type(i);
    }

    long start(int i) {
        return columns.start(i);
    }

    String id(int i) {
        return columns.type(i).id(i - scenarioRequests + 1);
    }

    void ok(RequestRun r) {
        log.request(REQUEST_DONE, r.index, 0, -1, -1, -1, 200, -1, "OK");
        close(r.index, OK, 200, r.totalAttempts);
    }

    void fail(RequestRun r, int code, boolean truncated, int answeredBy, Cause cause, int faultStation,
              int faultInstance) {
        if (code != 0 && !truncated) {
            log.request(STATUS_SENT, r.index, answeredBy, answeredBy > 0 ? r.inst[answeredBy] : -1, -1, -1, code,
                    -1, cause.name());
        }
        log.request(REQUEST_DONE, r.index, 0, -1, -1, -1, code, -1, "FAILED");
        failures.put(r.index, verdicts.failure(r, answeredBy, cause, faultStation, faultInstance));
        close(r.index, FAILED, truncated ? -code : code, r.totalAttempts);
    }

    private void close(int i, byte how, int code, int tries) {
        if (columns.state(i) != 0) {
            throw new IllegalStateException("request " + id(i) + " ended twice");
        }
        columns.close(i, how, events.now(), code, tries);
        closed++;
        if (how == FAILED) {
            failed++;
        }
        if (stream != null) {
            ended.add(new Ended(outcome(columns, failures.remove(i), scenarioRequests, i),
                    columns.type(i).spec(i - scenarioRequests + 1, columns.start(i)),
                    Optional.ofNullable(uploads.summaries().remove(i))));
            columns.forget(i);
        }
    }

    /**
     * Hands on the outcomes of the requests that ended in the last event. Called by the engine
     * between events, so that what the stream does (and throws) is not part of an event.
     */
    void handOn() {
        for (Ended e = ended.poll(); e != null; e = ended.poll()) {
            stream.ended(e.outcome(), e.request(), e.upload());
        }
    }

    /** Requests ended, and how many of them failed. */
    OutcomeStream.Totals totals(long endTime, long eventCount) {
        return new OutcomeStream.Totals(closed, failed, endTime, eventCount);
    }

    /** A request that ended, until it is handed on. */
    private record Ended(Outcome outcome, RequestSpec request, Optional<UploadSummary> upload) {
    }

    private static Outcome outcome(RequestColumns columns, Failure failure, int scenarioRequests, int i) {
        int code = columns.status(i);
        return new Outcome(i, columns.type(i).id(i - scenarioRequests + 1), columns.state(i) == OK,
                Math.abs(code), code < 0, columns.start(i), columns.end(i), columns.attempts(i), failure);
    }

    /** The requests, made on demand; they keep the log's columns, not the engine. */
    List<RequestSpec> specs() {
        return kept().specs();
    }

    /** The outcomes, made on demand; every request has ended by the time they are read. */
    List<Outcome> outcomes() {
        return kept().outcomes();
    }

    /** The columns, for the result to keep without the engine. */
    private Kept kept() {
        return new Kept(columns, failures, scenarioRequests);
    }

    /** What a result keeps of the log. */
    private record Kept(RequestColumns columns, Map<Integer, Failure> failures, int scenarioRequests) {

        List<RequestSpec> specs() {
            return new AbstractList<>() {
                @Override
                public RequestSpec get(int i) {
                    Objects.checkIndex(i, columns.size());
                    return columns.type(i).spec(i - scenarioRequests + 1, columns.start(i));
                }

                @Override
                public int size() {
                    return columns.size();
                }
            };
        }

        List<Outcome> outcomes() {
            return new Outcomes(this);
        }
    }

    /** The outcomes of a result: each made when it is read, or read field by field without making it. */
    private static final class Outcomes extends AbstractList<Outcome> implements OutcomeFields {

        private final RequestColumns columns;
        private final Map<Integer, Failure> failures;
        private final int scenarioRequests;

        Outcomes(Kept kept) {
            this.columns = kept.columns();
            this.failures = kept.failures();
            this.scenarioRequests = kept.scenarioRequests();
        }

        @Override
        public Outcome get(int i) {
            return outcome(columns, failures.get(at(i)), scenarioRequests, i);
        }

        @Override
        public int size() {
            return columns.size();
        }

        private int at(int i) {
            return Objects.checkIndex(i, columns.size());
        }

        @Override
        public int request(int i) {
            return at(i);
        }

        @Override
        public boolean ok(int i) {
            return columns.state(at(i)) == OK;
        }

        @Override
        public int status(int i) {
            return Math.abs(columns.status(at(i)));
        }

        @Override
        public boolean truncated(int i) {
            return columns.status(at(i)) < 0;
        }

        @Override
        public long start(int i) {
            return columns.start(at(i));
        }

        @Override
        public long end(int i) {
            return columns.end(at(i));
        }

        @Override
        public int attempts(int i) {
            return columns.attempts(at(i));
        }

        @Override
        public Failure failure(int i) {
            return failures.get(at(i));
        }
    }
}
