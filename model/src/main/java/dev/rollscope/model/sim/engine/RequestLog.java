package dev.rollscope.model.sim.engine;

import static dev.rollscope.model.sim.TraceEventType.REQUEST_DONE;
import static dev.rollscope.model.sim.TraceEventType.STATUS_SENT;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Failure;
import dev.rollscope.model.sim.Outcome;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every request sent and how it ended, in primitive arrays by request index. The
 * {@link RequestSpec} and {@link Outcome} of a request are made only when someone reads them, so a
 * run of 600,000 requests keeps a few dozen bytes per request.
 */
final class RequestLog {

    private static final byte OK = 1;
    private static final byte FAILED = 2;

    private final Events events;
    private final TraceLog log;
    private final Verdicts verdicts;
    private final int scenarioRequests;
    private RequestType[] types = new RequestType[1024];
    private long[] start = new long[1024];
    private long[] end = new long[1024];
    private int[] status = new int[1024];
    private int[] attempts = new int[1024];
    private byte[] state = new byte[1024];
    private final Map<Integer, Failure> failures = new HashMap<>();
    private int size;

    RequestLog(Events events, TraceLog log, Verdicts verdicts, int scenarioRequests) {
        this.events = events;
        this.log = log;
        this.verdicts = verdicts;
        this.scenarioRequests = scenarioRequests;
    }

    int add(RequestType type, long startMillis) {
        if (size == types.length) {
            int n = Math.max(1024, size * 2);
            types = Arrays.copyOf(types, n);
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            status = Arrays.copyOf(status, n);
            attempts = Arrays.copyOf(attempts, n);
            state = Arrays.copyOf(state, n);
        }
        types[size] = type;
        start[size] = startMillis;
        return size++;
    }

    RequestType type(int i) {
        return types[i];
    }

    long start(int i) {
        return start[i];
    }

    String id(int i) {
        return types[i].id(i - scenarioRequests + 1);
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
        if (state[i] != 0) {
            throw new IllegalStateException("request " + id(i) + " ended twice");
        }
        end[i] = events.now();
        state[i] = how;
        status[i] = code;
        attempts[i] = tries;
    }

    /** The requests, made on demand; they keep the log's columns, not the engine. */
    List<RequestSpec> specs() {
        return ended().specs();
    }

    /** The outcomes, made on demand; every request has ended by the time they are read. */
    List<Outcome> outcomes() {
        return ended().outcomes();
    }

    /** The columns as they are, trimmed to the requests sent, for the result to keep without the engine. */
    private Ended ended() {
        if (types.length != size) {
            types = Arrays.copyOf(types, size);
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
            status = Arrays.copyOf(status, size);
            attempts = Arrays.copyOf(attempts, size);
            state = Arrays.copyOf(state, size);
        }
        return new Ended(types, start, end, status, attempts, state, failures, scenarioRequests);
    }

    /** What a result keeps of the log. */
    private record Ended(RequestType[] types, long[] start, long[] end, int[] status, int[] attempts, byte[] state,
                         Map<Integer, Failure> failures, int scenarioRequests) {

        List<RequestSpec> specs() {
            return new AbstractList<>() {
                @Override
                public RequestSpec get(int i) {
                    return types[Objects.checkIndex(i, types.length)].spec(i - scenarioRequests + 1, start[i]);
                }

                @Override
                public int size() {
                    return types.length;
                }
            };
        }

        List<Outcome> outcomes() {
            return new AbstractList<>() {
                @Override
                public Outcome get(int i) {
                    Objects.checkIndex(i, types.length);
                    int code = status[i];
                    return new Outcome(i, types[i].id(i - scenarioRequests + 1), state[i] == OK, Math.abs(code),
                            code < 0, start[i], end[i], attempts[i], failures.get(i));
                }

                @Override
                public int size() {
                    return types.length;
                }
            };
        }
    }
}
