package dev.rollscope.model.sim.engine;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The events {@link EventQueue}'s wheel does not hold (after its window, or before its start), by
 * (time, priority, sequence): a 4-ary min-heap of one {@code long} key per event, time, priority
 * and sequence folded in, so a comparison is one {@code long} comparison, and the index of the
 * event's payload slot, which the queue keeps. A {@link #pop()} leaves a hole at the root that the
 * next {@link #push} fills by sifting down from there, so "take one, schedule one" costs one sift.
 *
 * <p>A time from 0 to {@link #NEAR_LIMIT} (49 days, beyond the longest horizon, 30 days) has a key;
 * later (or negative) events wait in an ordinary queue ("far") behind (or before) every other, so
 * the order stays exact. When the sequence field runs out, the pending events are renumbered in
 * their order.
 */
final class EventHeap {

    private static final int SEQ_BITS = 29;
    private static final int TIME_SHIFT = SEQ_BITS + EventQueue.PRIORITY_BITS;
    /** Sequence numbers run below this one; then the pending events are renumbered. */
    static final long SEQ_LIMIT = 1L << SEQ_BITS;
    private static final long SEQ_MASK = SEQ_LIMIT - 1;
    /** Times from 0 up to (not including) this one have a key; the rest go to {@link #far}. */
    static final long NEAR_LIMIT = 1L << (Long.SIZE - 1 - TIME_SHIFT);

    /** The heap: a key per event, and its payload's slot. */
    private long[] keys = new long[256];
    private int[] slots = new int[256];
    private int size;
    /** True when the root is empty: popped, and not yet refilled by a push or the last event. */
    private boolean hole;
    private long nextSeq;

    /** Events at or after {@link #NEAR_LIMIT} (past every horizon) or before 0: rare, so these may allocate. */
    private final PriorityQueue<Far> far = new PriorityQueue<>();
    private long farSeq;

    /** A heap whose first sequence number is {@code firstSeq} (a test's way to reach a renumbering). */
    EventHeap(long firstSeq) {
        nextSeq = firstSeq;
    }

    void push(long time, int priority, int slot) {
        if (time < 0 || time >= NEAR_LIMIT) {
            far.add(new Far(time, priority, farSeq++, slot));
            return;
        }
        if (nextSeq > SEQ_MASK) {
            renumber();
        }
        long key = (time << TIME_SHIFT) | ((long) priority << SEQ_BITS) | nextSeq++;
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

    /** The first event's time; the heap must not be empty. */
    long firstTime() {
        fill();
        return farFirst() ? far.element().time : keys[0] >> TIME_SHIFT;
    }

    /** Removes the first event and returns its payload's slot; read its time with {@link #firstTime()} before. */
    int pop() {
        fill();
        if (farFirst()) {
            return far.remove().slot;
        }
        hole = true;
        return slots[0];
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

    /** An event of the far queue, ordered like the others. */
    private record Far(long time, int priority, long seq, int slot) implements Comparable<Far> {
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
