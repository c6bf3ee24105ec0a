package dev.rollscope.model.sim.engine;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The engine's future events, in primitive arrays so that scheduling allocates nothing. Events are
 * totally ordered by (time, priority, order of scheduling): two events never compare equal, so
 * events of equal time and priority run first-in first-out and every run replays exactly.
 *
 * <p>An event is an {@link Ev} kind and three arguments whose meaning the kind defines, kept in a
 * slot that never moves. How it is fast (docs/benchmarks.md): a timing wheel (Varghese and Lauck's,
 * a calendar queue with one bucket per millisecond) holds the events of the next {@link #span}
 * milliseconds from the last event taken: one first-in first-out list per millisecond and priority,
 * and a bit per list that says it is not empty. Scheduling appends to a list; taking finds the
 * first set bit from the current millisecond on. Neither compares events. An event outside that
 * window (later, or before the current millisecond) waits in {@link EventHeap}, and enters its list
 * when the window reaches its millisecond, before any event scheduled after it can: so each list
 * stays in the order of scheduling.
 */
final class EventQueue {

    /** Enough bits for {@link Ev#priority()}. */
    static final int PRIORITY_BITS = 2;
    /** The wheel's first span, in bits: 64 ms, 256 lists (a short simulation stays this small). */
    private static final int FIRST_SPAN_BITS = 6;
    /** The widest span, in bits: 16 s. */
    static final int MAX_SPAN_BITS = 14;
    /** The wheel grows (four times as wide) when this many events wait outside it... */
    private static final int GROW_AT = 8;
    /** ...and the wider wheel takes at most 1 KiB (128 lists of 8 bytes) per pending event. */
    private static final int LISTS_PER_EVENT = 128;

    /** The wheel holds the events from {@code base} (the last one taken from it) to {@code base + span}. */
    private long base;
    private int spanBits;
    private long span;
    /** A list per (millisecond modulo {@link #span}, priority): its first and last slot, valid while its bit is set. */
    private int[] ends;
    private long[] occupied;
    private int wheelSize;
    /** The first non-empty list, or -1 when not known. */
    private int firstList = -1;
    private final EventHeap outside;
    /** How many events wait outside the wheel, and the first one's time while any does. */
    private int waiting;
    private long waitingFrom;

    /** The payloads, by slot: kind, arguments, and the next slot in its list; free slots are a stack. */
    private int[] kinds = new int[1024];
    private int[] as = new int[1024];
    private int[] bs = new int[1024];
    private long[] cs = new long[1024];
    private int[] next = new int[1024];
    private int[] free = new int[1024];
    private int freeCount;
    private int slotCount;

    private long topTime;
    private int topKind;
    private int topA;
    private int topB;
    private long topC;

    EventQueue() {
        this(0);
    }

    /**
     * A queue whose events outside the wheel start at sequence {@code firstSeq} (a test's way to
     * reach a renumbering).
     */
    EventQueue(long firstSeq) {
        outside = new EventHeap(firstSeq);
        makeWheel(FIRST_SPAN_BITS);
    }

    void push(long time, Ev kind, int a, int b, long c) {
        int slot = slot();
        kinds[slot] = kind.ordinal();
        as[slot] = a;
        bs[slot] = b;
        cs[slot] = c;
        if (time >= base && time - base < span) {
            append(time, kind.priority(), slot);
        } else {
            waitOutside(time, kind.priority(), slot);
        }
    }

    /**
     * Schedules an event the wheel cannot hold; kept out of {@link #push} so that the usual path
     * stays small enough to inline.
     */
    private void waitOutside(long time, int priority, int slot) {
        outside.push(time, priority, slot);
        if (waiting++ == 0 || time < waitingFrom) {
            waitingFrom = time;
        }
        if (waiting >= GROW_AT && spanBits < MAX_SPAN_BITS && waitingFrom >= base
                && 1L << (spanBits + 2 + PRIORITY_BITS) <= (long) LISTS_PER_EVENT * size()) {
            grow();
        }
    }

    boolean isEmpty() {
        return size() == 0;
    }

    int size() {
        return wheelSize + waiting;
    }

    long peekTime() {
        return outsideFirst() ? waitingFrom : timeOf(firstList());
    }

    /** Removes the first event; read it with {@link #time()}, {@link #kind()}, {@link #a()}... */
    void pop() {
        int slot;
        if (outsideFirst()) {
            topTime = waitingFrom;
            slot = takeOutside();
        } else {
            int list = firstList();
            topTime = timeOf(list);
            slot = ends[list << 1];
            if (slot == ends[list << 1 | 1]) {
                occupied[list >>> 6] &= ~(1L << list);
                firstList = -1;
            } else {
                ends[list << 1] = next[slot];
            }
            wheelSize--;
        }
        topKind = kinds[slot];
        topA = as[slot];
        topB = bs[slot];
        topC = cs[slot];
        free[freeCount++] = slot;
        if (topTime > base) {
            base = topTime;
            if (waiting > 0 && waitingFrom - base < span) {
                letIn();
            }
        }
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

    /** True when the first event waits outside the wheel: before the wheel's start, or the wheel is empty. */
    private boolean outsideFirst() {
        return waiting > 0 && (wheelSize == 0 || waitingFrom < base);
    }

    private int takeOutside() {
        int slot = outside.pop();
        if (--waiting > 0) {
            waitingFrom = outside.firstTime();
        }
        return slot;
    }

    /**
     * Lets in the waiting events the window now reaches, in their order, before anything else can
     * be scheduled there; none waits before {@link #base} (the first event is taken before the window moves).
     */
    private void letIn() {
        while (waiting > 0 && waitingFrom - base < span) {
            long t = waitingFrom;
            int slot = takeOutside();
            append(t, Ev.of(kinds[slot]).priority(), slot);
        }
    }

    private void append(long time, int priority, int slot) {
        int list = (int) (time & (span - 1)) << PRIORITY_BITS | priority;
        int word = list >>> 6;
        long bit = 1L << list;
        if ((occupied[word] & bit) == 0) {
            occupied[word] |= bit;
            ends[list << 1] = slot;
            if (firstList >= 0 && ring(list) < ring(firstList)) {
                firstList = list;
            }
        } else {
            next[ends[list << 1 | 1]] = slot;
        }
        ends[list << 1 | 1] = slot;
        wheelSize++;
    }

    /**
     * The first non-empty list from the wheel's start on; called when the first event is in the
     * wheel, or when the queue is empty (which it refuses).
     */
    private int firstList() {
        return firstList >= 0 ? firstList : findFirstList();
    }

    private int findFirstList() {
        if (wheelSize == 0) {
            throw new NoSuchElementException("no pending event");
        }
        int start = startList();
        int word = start >>> 6;
        long bits = occupied[word] & (-1L << start);
        while (bits == 0) {
            word = (word + 1) & (occupied.length - 1);
            bits = occupied[word];
        }
        firstList = word << 6 | Long.numberOfTrailingZeros(bits);
        return firstList;
    }

    private int startList() {
        return (int) (base & (span - 1)) << PRIORITY_BITS;
    }

    /** A list's position counted from the wheel's start. */
    private int ring(int list) {
        return (list - startList()) & ((ends.length >>> 1) - 1);
    }

    private long timeOf(int list) {
        return base + (((list >>> PRIORITY_BITS) - base) & (span - 1));
    }

    /** A new, empty wheel of 2^bits milliseconds. */
    private void makeWheel(int bits) {
        spanBits = bits;
        span = 1L << bits;
        int lists = 1 << (bits + PRIORITY_BITS);
        ends = new int[lists << 1];
        occupied = new long[lists / Long.SIZE];
    }

    /**
     * Makes the wheel four times as wide: its lists move to their new places whole, and the
     * waiting events the wider window reaches come in. Called only when none waits before {@link #base}.
     */
    private void grow() {
        long[] oldOccupied = occupied;
        int[] oldEnds = ends;
        long oldSpan = span;
        makeWheel(Math.min(spanBits + 2, MAX_SPAN_BITS));
        for (int word = 0; word < oldOccupied.length; word++) {
            for (long bits = oldOccupied[word]; bits != 0; bits &= bits - 1) {
                int list = word << 6 | Long.numberOfTrailingZeros(bits);
                long time = base + (((list >>> PRIORITY_BITS) - base) & (oldSpan - 1));
                int moved = (int) (time & (span - 1)) << PRIORITY_BITS | (list & ((1 << PRIORITY_BITS) - 1));
                ends[moved << 1] = oldEnds[list << 1];
                ends[moved << 1 | 1] = oldEnds[list << 1 | 1];
                occupied[moved >>> 6] |= 1L << moved;
            }
        }
        firstList = -1;
        letIn();
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
            next = Arrays.copyOf(next, n);
            free = Arrays.copyOf(free, n);
        }
        return slotCount++;
    }
}
