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
            int n = size * 2;
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

    /** The requests, made on demand. */
    List<RequestSpec> specs() {
        return new AbstractList<>() {
            @Override
            public RequestSpec get(int i) {
                return types[checked(i)].spec(i - scenarioRequests + 1, start[i]);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The outcomes, made on demand; every request has ended by the time they are read. */
    List<Outcome> outcomes() {
        return new AbstractList<>() {
            @Override
            public Outcome get(int i) {
                checked(i);
                int code = status[i];
                return new Outcome(i, id(i), state[i] == OK, Math.abs(code), code < 0, start[i], end[i], attempts[i],
                        failures.get(i));
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private int checked(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return i;
    }
}
