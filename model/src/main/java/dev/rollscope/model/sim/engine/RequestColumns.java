package dev.rollscope.model.sim.engine;

import java.util.Arrays;

/**
 * The columns of the request log: per request its type, start, end, status, attempts and how it
 * ended, in 19 bytes. Kept in chunks of 16,384 requests, so that a long run never copies a column
 * to grow it, and none is one of the garbage collector's huge objects. Times are milliseconds
 * from 0 to 2<sup>32</sup> (49 days; the longest horizon is 30), stored as unsigned {@code int}s.
 */
final class RequestColumns {

    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;

    private RequestType[][] types = new RequestType[16][];
    private int[][] start = new int[16][];
    private int[][] end = new int[16][];
    private short[][] status = new short[16][];
    private int[][] attempts = new int[16][];
    private byte[][] state = new byte[16][];
    private int[] forgotten = new int[16];
    private int size;

    int size() {
        return size;
    }

    /** A new request; its index. */
    int add(RequestType type, long startMillis) {
        int c = size >>> CHUNK_BITS;
        if ((size & MASK) == 0) {
            if (c == types.length) {
                int n = c * 2;
                types = Arrays.copyOf(types, n);
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
                status = Arrays.copyOf(status, n);
                attempts = Arrays.copyOf(attempts, n);
                state = Arrays.copyOf(state, n);
                forgotten = Arrays.copyOf(forgotten, n);
            }
            types[c] = new RequestType[CHUNK];
            start[c] = new int[CHUNK];
            end[c] = new int[CHUNK];
            status[c] = new short[CHUNK];
            attempts[c] = new int[CHUNK];
            state[c] = new byte[CHUNK];
        }
        types[c][size & MASK] = type;
        start[c][size & MASK] = millis(startMillis);
        return size++;
    }

    /** Request i has ended: how ({@code how} is not 0), at what time, with which status and after how many attempts. */
    void close(int i, byte how, long endMillis, int code, int tries) {
        int c = i >>> CHUNK_BITS;
        if (code != (short) code) {
            throw new IllegalArgumentException("status " + code);
        }
        end[c][i & MASK] = millis(endMillis);
        state[c][i & MASK] = how;
        status[c][i & MASK] = (short) code;
        attempts[c][i & MASK] = tries;
    }

    /**
     * Request i has ended and nobody will read its columns again: once every request of a full chunk
     * is forgotten, the chunk is dropped, so a streamed run keeps only the chunks of requests under way.
     */
    void forget(int i) {
        int c = i >>> CHUNK_BITS;
        if (++forgotten[c] == CHUNK) {
            types[c] = null;
            start[c] = null;
            end[c] = null;
            status[c] = null;
            attempts[c] = null;
            state[c] = null;
        }
    }

    RequestType type(int i) {
        return types[i >>> CHUNK_BITS][i & MASK];
    }

    long start(int i) {
        return Integer.toUnsignedLong(start[i >>> CHUNK_BITS][i & MASK]);
    }

    long end(int i) {
        return Integer.toUnsignedLong(end[i >>> CHUNK_BITS][i & MASK]);
    }

    int status(int i) {
        return status[i >>> CHUNK_BITS][i & MASK];
    }

    int attempts(int i) {
        return attempts[i >>> CHUNK_BITS][i & MASK];
    }

    /** 0 while the request is under way, else what {@link #close} was told. */
    byte state(int i) {
        return state[i >>> CHUNK_BITS][i & MASK];
    }

    private static int millis(long t) {
        if (t >>> Integer.SIZE != 0) {
            throw new IllegalArgumentException("time " + t + " ms is outside 0 to 2^32 ms");
        }
        return (int) t;
    }
}
