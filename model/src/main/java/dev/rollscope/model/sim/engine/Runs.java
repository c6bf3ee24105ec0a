package dev.rollscope.model.sim.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The run of every request that is still going, by request index; finished runs are recycled. */
final class Runs {

    private final int stations;
    private final RequestLog requests;
    private final List<RequestRun> runs = new ArrayList<>();
    private final ArrayDeque<RequestRun> spare = new ArrayDeque<>();

    Runs(int stations, RequestLog requests) {
        this.stations = stations;
        this.requests = requests;
    }

    /** Makes room for the next request index. */
    void reserve() {
        runs.add(null);
    }

    /** A run for request {@code index}, fresh or recycled. */
    RequestRun start(int index, RequestType type) {
        RequestRun r = spare.isEmpty() ? new RequestRun(stations) : spare.pop();
        r.reset(index, type, requests.start(index));
        runs.set(index, r);
        return r;
    }

    /** The live run of a request, or null once it is over. */
    RequestRun run(int index) {
        return runs.get(index);
    }

    void retire(RequestRun r) {
        if (runs.get(r.index) != r) {
            throw new IllegalStateException("request " + requests.id(r.index) + " retired twice");
        }
        runs.set(r.index, null);
        spare.push(r);
    }

    /** Requests still running (at the horizon). */
    List<RequestRun> open() {
        List<RequestRun> out = new ArrayList<>();
        for (RequestRun r : runs) {
            if (r != null && !r.done()) {
                out.add(r);
            }
        }
        return out;
    }
}
