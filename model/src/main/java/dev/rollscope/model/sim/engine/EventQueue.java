package dev.rollscope.model.sim.engine;

import java.util.Arrays;

/**
 * A binary min-heap of events kept in parallel primitive arrays, so scheduling allocates nothing.
 * Events are totally ordered by (time, priority, sequence): two events never compare equal, so
 * events of equal time and priority run first-in first-out and every run replays exactly.
 *
 * <p>An event is an {@link Ev} kind and three arguments whose meaning the kind defines.
 */
final class EventQueue {

    private static final int PRIORITY_BITS = 2;

    private long[] keys = new long[1024];
    private long[] seqs = new long[1024];
    private int[] kinds = new int[1024];
    private int[] as = new int[1024];
    private int[] bs = new int[1024];
    private long[] cs = new long[1024];
    private int size;
    private long nextSeq;

    private long topTime;
    private int topKind;
    private int topA;
    private int topB;
    private long topC;

    void push(long time, Ev kind, int a, int b, long c) {
        if (size == keys.length) {
            grow();
        }
        long key = (time << PRIORITY_BITS) | kind.priority();
        int i = size++;
        long seq = nextSeq++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(key, seq, keys[parent], seqs[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        set(i, key, seq, kind.ordinal(), a, b, c);
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    long peekTime() {
        return keys[0] >> PRIORITY_BITS;
    }

    /** Removes the first event; read it with {@link #time()}, {@link #kind()}, {@link #a()}... */
    void pop() {
        topTime = keys[0] >> PRIORITY_BITS;
        topKind = kinds[0];
        topA = as[0];
        topB = bs[0];
        topC = cs[0];
        int last = --size;
        if (last > 0) {
            siftDown(keys[last], seqs[last], kinds[last], as[last], bs[last], cs[last], last);
        }
    }

    private void siftDown(long key, long seq, int kind, int a, int b, long c, int n) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            int right = child + 1;
            if (right < n && less(keys[right], seqs[right], keys[child], seqs[child])) {
                child = right;
            }
            if (!less(keys[child], seqs[child], key, seq)) {
                break;
            }
            move(child, i);
            i = child;
        }
        set(i, key, seq, kind, a, b, c);
    }

    long time() {
        return topTime;
    }

    int kind() {
        return topKind;
    }

    int a() {
        return topA;
    }

    int b() {
        return topB;
    }

    long c() {
        return topC;
    }

    private static boolean less(long k1, long s1, long k2, long s2) {
        return k1 < k2 || (k1 == k2 && s1 < s2);
    }

    private void move(int from, int to) {
        set(to, keys[from], seqs[from], kinds[from], as[from], bs[from], cs[from]);
    }

    private void set(int i, long key, long seq, int kind, int a, int b, long c) {
        keys[i] = key;
        seqs[i] = seq;
        kinds[i] = kind;
        as[i] = a;
        bs[i] = b;
        cs[i] = c;
    }

    private void grow() {
        int n = keys.length * 2;
        keys = Arrays.copyOf(keys, n);
        seqs = Arrays.copyOf(seqs, n);
        kinds = Arrays.copyOf(kinds, n);
        as = Arrays.copyOf(as, n);
        bs = Arrays.copyOf(bs, n);
        cs = Arrays.copyOf(cs, n);
    }
}
