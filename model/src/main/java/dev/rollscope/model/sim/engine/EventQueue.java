package dev.rollscope.model.sim.engine;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * A min-heap of events in primitive arrays, so scheduling allocates nothing. Events are totally
 * ordered by (time, priority, sequence): two events never compare equal, so events of equal time
 * and priority run first-in first-out and every run replays exactly.
 *
 * <p>An event is an {@link Ev} kind and three arguments whose meaning the kind defines. How it is
 * fast (docs/benchmarks.md): the order is one {@code long} per event, time, priority and sequence
 * folded in; the heap is 4-ary (half the depth of a binary heap, a node's children side by side)
 * and moves only that key and the index of a slot whose payload (kind, a, b, c) never moves; and a
 * {@link #pop()} leaves a hole at the root that the next {@link #push} fills, so the usual "take
 * one, schedule one" costs one sift instead of two.
 *
 * <p>A time from 0 to {@link #NEAR_LIMIT} (49 days, beyond the longest horizon, 30 days) has a
 * key; later (or negative) events wait in a second, ordinary queue ("far") behind (or before) every
 * near one, so the order stays exact. When the sequence field runs out, the pending events are renumbered in their order.
 */
final class EventQueue {

    private static final int SEQ_BITS = 29;
    private static final int PRIORITY_BITS = 2;
    private static final int TIME_SHIFT = SEQ_BITS + PRIORITY_BITS;
    /** Sequence numbers run below this one; then the pending events are renumbered. */
    static final long SEQ_LIMIT = 1L << SEQ_BITS;
    private static final long SEQ_MASK = SEQ_LIMIT - 1;
    /** Times from 0 up to (not including) this one have a key; the rest go to {@link #far}. */
    static final long NEAR_LIMIT = 1L << (Long.SIZE - 1 - TIME_SHIFT);

    /** The heap: a key per event, and the slot of its payload. */
    private long[] keys = new long[1024];
    private int[] slots = new int[1024];
    private int size;
    /** True when the root is empty: popped, and not yet refilled by a push or the last event. */
    private boolean hole;
    private long nextSeq;

    /** The payloads, by slot; free slots are a stack. */
    private int[] kinds = new int[1024];
    private int[] as = new int[1024];
    private int[] bs = new int[1024];
    private long[] cs = new long[1024];
    private int[] free = new int[1024];
    private int freeCount;
    private int slotCount;

    /** Events at or after {@link #NEAR_LIMIT} (past every horizon) or before 0: rare, so these may allocate. */
    private final PriorityQueue<Far> far = new PriorityQueue<>();
    private long farSeq;

    private long topTime;
    private int topKind;
    private int topA;
    private int topB;
    private long topC;

    EventQueue() {
        this(0);
    }

    /** A queue whose first sequence number is {@code firstSeq} (a test's way to reach a renumbering). */
    EventQueue(long firstSeq) {
        nextSeq = firstSeq;
    }

    void push(long time, Ev kind, int a, int b, long c) {
        if (time < 0 || time >= NEAR_LIMIT) {
            far.add(new Far(time, kind.priority(), farSeq++, kind.ordinal(), a, b, c));
            return;
        }
        if (nextSeq > SEQ_MASK) {
            renumber();
        }
        int slot = slot();
        kinds[slot] = kind.ordinal();
        as[slot] = a;
        bs[slot] = b;
        cs[slot] = c;
        long key = (time << TIME_SHIFT) | ((long) kind.priority() << SEQ_BITS) | nextSeq++;
        if (hole) {
            hole = false;
            siftDown(key, slot);
        } else {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                slots = Arrays.copyOf(slots, size * 2);
            }
            siftUp(key, slot, size++);
        }
    }

    boolean isEmpty() {
        return size() == 0;
    }

    int size() {
        return (hole ? size - 1 : size) + far.size();
    }

    long peekTime() {
        fill();
        return farFirst() ? far.element().time : keys[0] >> TIME_SHIFT;
    }

    /** Removes the first event; read it with {@link #time()}, {@link #kind()}, {@link #a()}... */
    void pop() {
        fill();
        if (farFirst()) {
            Far f = far.remove();
            topTime = f.time;
            topKind = f.kind;
            topA = f.a;
            topB = f.b;
            topC = f.c;
            return;
        }
        int slot = slots[0];
        topTime = keys[0] >> TIME_SHIFT;
        topKind = kinds[slot];
        topA = as[slot];
        topB = bs[slot];
        topC = cs[slot];
        free[freeCount++] = slot;
        hole = true;
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

    /** True when the far queue's first event comes first: no near one is left, or it is before time 0. */
    private boolean farFirst() {
        return size == 0 || !far.isEmpty() && far.element().time < 0;
    }

    /** Closes the hole at the root with the last event, as a binary heap's removal does. */
    private void fill() {
        if (!hole) {
            return;
        }
        hole = false;
        int last = --size;
        if (last > 0) {
            siftDown(keys[last], slots[last]);
        }
    }

    private void siftUp(long key, int slot, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long p = keys[parent];
            if (p <= key) {
                break;
            }
            keys[i] = p;
            slots[i] = slots[parent];
            i = parent;
        }
        keys[i] = key;
        slots[i] = slot;
    }

    /** Places (key, slot) at the root and moves it down to where it belongs. */
    private void siftDown(long key, int slot) {
        int n = size;
        int i = 0;
        while (true) {
            int first = (i << 2) + 1;
            if (first >= n) {
                break;
            }
            int child = first;
            long min = keys[first];
            int end = Math.min(first + 4, n);
            for (int j = first + 1; j < end; j++) {
                long k = keys[j];
                if (k < min) {
                    min = k;
                    child = j;
                }
            }
            if (min >= key) {
                break;
            }
            keys[i] = min;
            slots[i] = slots[child];
            i = child;
        }
        keys[i] = key;
        slots[i] = slot;
    }

    private int slot() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (slotCount == kinds.length) {
            int n = slotCount * 2;
            kinds = Arrays.copyOf(kinds, n);
            as = Arrays.copyOf(as, n);
            bs = Arrays.copyOf(bs, n);
            cs = Arrays.copyOf(cs, n);
            free = Arrays.copyOf(free, n);
        }
        return slotCount++;
    }

    /**
     * Gives the pending events the sequence numbers 0, 1, 2... in their order, so that later
     * events get larger ones again: the order of every pair of events stays what it was.
     */
    private void renumber() {
        fill();
        long[] sorted = new long[size];
        int[] sortedSlots = new int[size];
        int n = size;
        for (int i = 0; i < n; i++) {
            sorted[i] = keys[0];
            sortedSlots[i] = slots[0];
            int last = --size;
            if (last > 0) {
                siftDown(keys[last], slots[last]);
            }
        }
        for (int i = 0; i < n; i++) {
            keys[i] = (sorted[i] & ~SEQ_MASK) | i;
            slots[i] = sortedSlots[i];
        }
        size = n;
        nextSeq = n;
    }

    /** An event of the far queue, ordered like the near ones. */
    private record Far(long time, int priority, long seq, int kind, int a, int b, long c) implements Comparable<Far> {
        @Override
        public int compareTo(Far o) {
            int t = Long.compare(time, o.time);
            if (t != 0) {
                return t;
            }
            int p = Integer.compare(priority, o.priority);
            return p != 0 ? p : Long.compare(seq, o.seq);
        }
    }
}
