package dev.rollscope.model.sim.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The run of every request that is still going, by request index; finished runs are recycled.
 * Kept in chunks of 4,096 request indexes; a chunk whose requests have all been reserved and are
 * all over is dropped, so a long run keeps only the chunks of the requests still going.
 */
final class Runs {

    private static final int CHUNK_BITS = 12;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;

    private final int stations;
    private final RequestLog requests;
    private RequestRun[][] chunks = new RequestRun[16][];
    /** Per chunk: the indexes reserved and not yet retired. */
    private int[] pending = new int[16];
    private int reserved;
    private final ArrayDeque<RequestRun> spare = new ArrayDeque<>();

    Runs(int stations, RequestLog requests) {
        this.stations = stations;
        this.requests = requests;
    }

    /** Makes room for the next request index. */
    void reserve() {
        int c = reserved >>> CHUNK_BITS;
        if ((reserved & MASK) == 0) {
            if (c == chunks.length) {
                chunks = Arrays.copyOf(chunks, c * 2);
                pending = Arrays.copyOf(pending, c * 2);
            }
            chunks[c] = new RequestRun[CHUNK];
        }
        pending[c]++;
        reserved++;
    }

    /** A run for request {@code index}, fresh or recycled. */
    RequestRun start(int index, RequestType type) {
        RequestRun r = spare.isEmpty() ? new RequestRun(stations) : spare.pop();
        r.reset(index, type, requests.start(index));
        chunks[Objects.checkIndex(index, reserved) >>> CHUNK_BITS][index & MASK] = r;
        return r;
    }

    /** The live run of a request, or null once it is over. */
    RequestRun run(int index) {
        RequestRun[] chunk = chunks[Objects.checkIndex(index, reserved) >>> CHUNK_BITS];
        return chunk == null ? null : chunk[index & MASK];
    }

    void retire(RequestRun r) {
        if (run(r.index) != r) {
            throw new IllegalStateException("request " + requests.id(r.index) + " retired twice");
        }
        int c = r.index >>> CHUNK_BITS;
        chunks[c][r.index & MASK] = null;
        if (--pending[c] == 0 && reserved >= (c + 1) * CHUNK) {
            chunks[c] = null;
        }
        spare.push(r);
    }

    /** Requests still running (at the horizon). */
    List<RequestRun> open() {
        List<RequestRun> out = new ArrayList<>();
        for (RequestRun[] chunk : chunks) {
            if (chunk == null) {
                continue;
            }
            for (RequestRun r : chunk) {
                if (r != null && !r.done()) {
                    out.add(r);
                }
            }
        }
        return out;
    }
}
