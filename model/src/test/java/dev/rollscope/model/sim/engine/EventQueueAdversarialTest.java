package dev.rollscope.model.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * What {@link EventQueueProperties} and {@link EventQueueWheelTest} leave out: a wheel whose window
 * starts far from 0 (around {@link EventHeap#NEAR_LIMIT}, where waiting events come in from the far
 * queue, and just below {@code Long.MAX_VALUE}, where {@code base + span} would overflow), pops with
 * and without a {@code peekTime()} first (so the first list is found by {@code pop()} itself, not
 * cached by the peek), bursts big enough to widen the wheel to its widest span, and a widening while
 * the wheel caches its first list.
 */
class EventQueueAdversarialTest {

    private static final Ev[] KINDS = Ev.values();
    private static final Comparator<long[]> ORDER = Comparator.<long[]>comparingLong(e -> e[0])
            .thenComparingLong(e -> KINDS[(int) e[1]].priority()).thenComparingLong(e -> e[2]);
    private static final int PUSH = 0;
    private static final int POP = 1;
    private static final int PEEK_AND_POP = 2;
    private static final int PEEK = 3;

    /**
     * The wheel's window is moved to {@code start} (an event there, taken), then pushes at times
     * counted from the last event taken (saturated at {@code Long.MAX_VALUE}), pops with or
     * without a peek, and peeks alone, against a {@link PriorityQueue}.
     */
    @Property(tries = 150, seed = "15", edgeCases = EdgeCasesMode.NONE)
    void popsInTheReferenceOrderFarFromZero(@ForAll("starts") long start,
            @ForAll("operations") List<long[]> operations) {
        EventQueue queue = new EventQueue();
        PriorityQueue<long[]> reference = new PriorityQueue<>(ORDER);
        long pushed = 0;
        long last = start;
        push(queue, reference, new long[] {start, 0, pushed++});
        pop(queue, reference, true);
        for (long[] op : operations) {
            if (op[0] == PUSH) {
                long t = op[1] > 0 && last > Long.MAX_VALUE - op[1] ? Long.MAX_VALUE : last + op[1];
                push(queue, reference, new long[] {t, op[2], pushed++});
            } else if (reference.isEmpty()) {
                continue;
            } else if (op[0] == PEEK) {
                assertThat(queue.peekTime()).isEqualTo(reference.peek()[0]);
            } else {
                last = pop(queue, reference, op[0] == PEEK_AND_POP);
            }
            assertThat(queue.size()).isEqualTo(reference.size());
        }
        while (!reference.isEmpty()) {
            pop(queue, reference, false);
        }
        assertThat(queue.isEmpty()).isTrue();
    }

    /**
     * The wheel caches its first list (70 ms, place 6 of a 64 ms wheel), then widens to 256 ms,
     * where 70 ms has place 70: it must look for its first list again.
     */
    @Test
    void aWheelThatWidensWhileItKnowsItsFirstListFindsItInItsNewPlace() {
        EventQueue queue = new EventQueue();
        queue.push(70, Ev.REQUEST_START, 0, 0, 0); // outside the window 0..63, as is the next one
        queue.push(70, Ev.REQUEST_START, 1, 0, 0);
        queue.pop(); // the window moves to 70..133 and lets event 1 in
        assertThat(queue.peekTime()).isEqualTo(70); // the wheel now knows its first list
        for (int i = 0; i < 8; i++) {
            queue.push(200 + i, Ev.REQUEST_START, 2 + i, 0, 0); // outside 70..133: the 8th widens the wheel
        }

        for (int i = 1; i < 10; i++) {
            queue.pop();
            assertThat(new long[] {queue.time(), queue.a()}).containsExactly(i == 1 ? 70 : 198 + i, i);
        }
    }

    /**
     * An empty queue refuses to peek or pop, as the heap before the wheel did, instead of searching
     * its empty wheel forever.
     */
    @Test
    void anEmptyQueueRefusesToPeekOrPop() {
        EventQueue queue = new EventQueue();
        queue.push(5, Ev.READY, 0, 0, 0);
        queue.pop();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThatThrownBy(queue::peekTime).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(queue::pop).isInstanceOf(NoSuchElementException.class);
        });
    }

    private static void push(EventQueue queue, PriorityQueue<long[]> reference, long[] e) {
        reference.add(e);
        queue.push(e[0], KINDS[(int) e[1]], (int) e[2], (int) e[1] * 7, e[0] ^ e[2]);
    }

    private static long pop(EventQueue queue, PriorityQueue<long[]> reference, boolean peekFirst) {
        if (peekFirst) {
            assertThat(queue.peekTime()).isEqualTo(reference.peek()[0]);
        }
        long[] e = reference.remove();
        queue.pop();
        assertThat(new long[] {queue.time(), queue.kind(), queue.a(), queue.b(), queue.c()})
                .containsExactly(e[0], e[1], e[2], e[1] * 7, e[0] ^ e[2]);
        return e[0];
    }

    @Provide
    Arbitrary<Long> starts() {
        long limit = EventHeap.NEAR_LIMIT;
        return Arbitraries.of(0L, limit - 20_000, limit - 1, limit, (1L << 40) + 12_345,
                Long.MAX_VALUE - 40_000, Long.MAX_VALUE - 70);
    }

    /**
     * Pushes just before the last event taken, at it, at the ends of every span (64 ms to 16 s)
     * and of their multiples, and up to 2^17 ms after it; bursts of 100 to 700 pushes, none before
     * the last event taken (an event waiting there holds the wheel's widening back), so that it
     * widens up to 16 s (512 pending events); pops of both kinds and lone peeks.
     */
    @Provide
    Arbitrary<List<long[]>> operations() {
        Arbitrary<Long> edges = Combinators.combine(Arbitraries.of(6, 8, 10, 12, 14),
                Arbitraries.integers().between(1, 4),
                Arbitraries.longs().between(-2, 1)).as((bits, times, d) -> ((long) times << bits) + d);
        Arbitrary<Long> later = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(0, 3)),
                Tuple.of(6, edges),
                Tuple.of(4, Arbitraries.longs().between(0, 1L << 17)));
        Arbitrary<Long> any = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.longs().between(-3, -1)), Tuple.of(16, later));
        Arbitrary<List<long[]>> burst = pushes(later).list().ofMinSize(100).ofMaxSize(700);
        Arbitrary<long[]> other = Arbitraries.of(POP, PEEK_AND_POP, PEEK).map(op -> new long[] {op});
        Arbitrary<List<long[]>> step = Arbitraries.frequencyOf(
                Tuple.of(10, pushes(any).map(List::of)), Tuple.of(9, other.map(List::of)), Tuple.of(2, burst));
        return step.list().ofMaxSize(120).map(steps -> steps.stream().flatMap(List::stream).toList());
    }

    private static Arbitrary<long[]> pushes(Arbitrary<Long> offsets) {
        return Combinators.combine(offsets, Arbitraries.integers().between(0, KINDS.length - 1))
                .as((t, k) -> new long[] {PUSH, t, k});
    }
}
