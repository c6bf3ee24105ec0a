package dev.rollscope.model.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The event queue against the plainest reference: a {@link PriorityQueue} of events compared by
 * (time, priority, order of pushing). Random pushes (many at the same times, some at or after the
 * far limit, some before 0) and pops, from a fresh queue and from one whose sequence numbers are
 * about to run out (so that it renumbers its pending events on the way).
 */
class EventQueueProperties {

    private static final Ev[] KINDS = Ev.values();
    private static final Comparator<long[]> ORDER = Comparator.<long[]>comparingLong(e -> e[0])
            .thenComparingLong(e -> KINDS[(int) e[1]].priority()).thenComparingLong(e -> e[2]);

    @Property(tries = 300, seed = "18")
    void popsInTheReferenceOrder(@ForAll("operations") List<long[]> operations, @ForAll boolean nearRenumbering) {
        replay(operations, nearRenumbering ? new EventQueue(EventHeap.SEQ_LIMIT - 40) : new EventQueue());
    }

    /**
     * Enough pushes to outgrow the queue's first arrays (1,024 events) twice: up to 3,000 events
     * pushed at times 0 to 12 ms with a pop for every nine pushes, then all popped.
     */
    @Property(tries = 30, seed = "18")
    void popsInTheReferenceOrderAsItGrows(@ForAll long seed) {
        Random random = new Random(seed);
        List<long[]> operations = new ArrayList<>();
        for (int i = 0; i < 3_300; i++) {
            operations.add(random.nextInt(10) == 0 ? new long[] {1}
                    : new long[] {0, random.nextInt(13), random.nextInt(KINDS.length)});
        }
        operations.addAll(Collections.nCopies(3_300, new long[] {1}));
        replay(operations, new EventQueue());
    }

    /**
     * The wheel's edges: times counted from the last event taken (op[3] = 1), so that pushes land
     * just before it (waiting outside the wheel), at it with any priority, at the ends of every span
     * the wheel can have (64 ms to 16 s), and far behind them; with bursts of pushes enough to make it grow.
     */
    @Property(tries = 300, seed = "18")
    void popsInTheReferenceOrderAroundTheWheel(@ForAll("relativeOperations") List<long[]> operations) {
        replay(operations, new EventQueue());
    }

    private static void replay(List<long[]> operations, EventQueue queue) {
        PriorityQueue<long[]> reference = new PriorityQueue<>(ORDER);
        long pushed = 0;
        long last = 0;
        for (long[] op : operations) {
            if (op[0] == 0) {
                // time, kind, push order; the payload a = push order, b = kind * 7, c = time ^ order
                long[] e = {op.length > 3 ? Math.max(0, last + op[1]) : op[1], op[2], pushed++};
                reference.add(e);
                queue.push(e[0], KINDS[(int) e[1]], (int) e[2], (int) e[1] * 7, e[0] ^ e[2]);
            } else if (!reference.isEmpty()) {
                assertThat(queue.peekTime()).isEqualTo(reference.peek()[0]);
                long[] e = reference.remove();
                last = e[0];
                queue.pop();
                assertThat(new long[] {queue.time(), queue.kind(), queue.a(), queue.b(), queue.c()})
                        .containsExactly(e[0], e[1], e[2], e[1] * 7, e[0] ^ e[2]);
            }
            assertThat(queue.size()).isEqualTo(reference.size());
            assertThat(queue.isEmpty()).isEqualTo(reference.isEmpty());
        }
    }

    @Provide
    Arbitrary<List<long[]>> operations() {
        return Arbitraries.frequencyOf(Tuple.of(3, push()), Tuple.of(2, pop())).list().ofMaxSize(400);
    }

    @Provide
    Arbitrary<List<long[]>> relativeOperations() {
        Arbitrary<Long> edges = Arbitraries.of(6, 8, 10, 12, 14, 16).flatMap(bits -> Arbitraries.longs()
                .between((1L << bits) - 2, (1L << bits) + 1));
        Arbitrary<Long> offsets = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.longs().between(-2, -1)),
                Tuple.of(9, Arbitraries.longs().between(0, 3)),
                Tuple.of(6, edges),
                Tuple.of(4, Arbitraries.longs().between(0, 1L << 17)));
        Arbitrary<long[]> push = Combinators.combine(offsets, Arbitraries.integers().between(0, KINDS.length - 1))
                .as((t, k) -> new long[] {0, t, k, 1});
        Arbitrary<List<long[]>> burst = push.list().ofMinSize(30).ofMaxSize(120);
        Arbitrary<List<long[]>> step = Arbitraries.frequencyOf(
                Tuple.of(12, push.map(List::of)), Tuple.of(8, pop().map(List::of)), Tuple.of(1, burst));
        return step.list().ofMaxSize(150).map(steps -> steps.stream().flatMap(List::stream).toList());
    }

    private static Arbitrary<long[]> pop() {
        return Arbitraries.just(new long[] {1});
    }

    private static Arbitrary<long[]> push() {
        long limit = EventHeap.NEAR_LIMIT;
        Arbitrary<Long> times = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.longs().between(0, 12)),
                Tuple.of(4, Arbitraries.longs().between(0, 1L << 40)),
                Tuple.of(2, Arbitraries.longs().between(limit - 3, limit + 3)),
                Tuple.of(1, Arbitraries.longs().between(-3, -1)),
                Tuple.of(1, Arbitraries.longs().between(limit, Long.MAX_VALUE >> 2)));
        return Combinators.combine(times, Arbitraries.integers().between(0, KINDS.length - 1))
                .as((t, k) -> new long[] {0, t, k});
    }
}
