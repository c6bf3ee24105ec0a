package dev.rollscope.model.sim.engine;

import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.tudelft.simulation.dsol.eventlists.RedBlackTree;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.LambdaSimEvent;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The classic hold model: a queue holds {@code n} pending events; one hold removes the first and
 * schedules a new one a random (exponential, mean 1 s) time after it, so the queue keeps its size.
 * The same increments and priorities, in the same order, for each of three queues: the engine's
 * {@link EventQueue} (this class sits in its package because the queue is package-private),
 * {@link PriorityQueue} of mutable events ordered like the engine's (time, priority, sequence),
 * each removed event reused for the next (so it allocates nothing either), and DSOL's default
 * event list, {@link RedBlackTree} of {@link LambdaSimEvent}s (DSOL's events are immutable: each
 * hold allocates one, as a DSOL model does). Score: nanoseconds per hold.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class HoldModel {

    /** Holds per benchmark call, so that JMH's own cost per call is spread thin. */
    static final int HOLDS = 1_000;
    private static final int MASK = (1 << 16) - 1;
    /** Exponential increments (mean 1,000 ms) and event kinds, drawn once from one seed. */
    private static final long[] INCREMENTS = new long[MASK + 1];
    private static final Ev[] KINDS = new Ev[MASK + 1];

    static {
        Random random = new Random(42);
        Ev[] kinds = Ev.values();
        for (int i = 0; i <= MASK; i++) {
            INCREMENTS[i] = 1 + (long) (-1000 * Math.log(1 - random.nextDouble()));
            KINDS[i] = kinds[random.nextInt(kinds.length)];
        }
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public long engineQueue(EngineState s) {
        EventQueue q = s.queue;
        int i = s.next;
        for (int h = 0; h < HOLDS; h++, i++) {
            q.pop();
            Ev kind = KINDS[i & MASK];
            q.push(q.time() + INCREMENTS[i & MASK], kind, q.a(), q.b(), q.c());
        }
        s.next = i;
        return q.peekTime();
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public long priorityQueue(PriorityQueueState s) {
        PriorityQueue<Event> q = s.queue;
        int i = s.next;
        for (int h = 0; h < HOLDS; h++, i++) {
            Event e = q.poll();
            e.time += INCREMENTS[i & MASK];
            e.kind = KINDS[i & MASK].ordinal();
            e.priority = KINDS[i & MASK].priority();
            e.seq = s.nextSeq++;
            q.add(e);
        }
        s.next = i;
        return q.peek().time;
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public double dsolRedBlackTree(DsolState s) {
        RedBlackTree<Double> q = s.queue;
        int i = s.next;
        for (int h = 0; h < HOLDS; h++, i++) {
            SimEventInterface<Double> e = q.removeFirst();
            q.add(new LambdaSimEvent<>(e.getAbsoluteExecutionTime() + INCREMENTS[i & MASK],
                    dsolPriority(KINDS[i & MASK]), DsolState.NOTHING));
        }
        s.next = i;
        return q.first().getAbsoluteExecutionTime();
    }

    /** DSOL runs higher priorities first; the engine runs lower ones first. */
    private static short dsolPriority(Ev kind) {
        return (short) (SimEventInterface.NORMAL_PRIORITY - kind.priority());
    }

    /** The pending events' times: n increments from time 0, as a hold model starts. */
    private static long firstTime(int i) {
        return INCREMENTS[i & MASK];
    }

    @State(Scope.Thread)
    public static class EngineState {
        @Param({"1000", "100000"})
        int n;
        EventQueue queue;
        int next;

        @Setup
        public void fill() {
            queue = new EventQueue();
            for (next = 0; next < n; next++) {
                queue.push(firstTime(next), KINDS[next & MASK], next, 0, 0);
            }
        }
    }

    @State(Scope.Thread)
    public static class PriorityQueueState {
        @Param({"1000", "100000"})
        int n;
        PriorityQueue<Event> queue;
        int next;
        long nextSeq;

        @Setup
        public void fill() {
            queue = new PriorityQueue<>(n);
            for (next = 0; next < n; next++) {
                Event e = new Event();
                e.time = firstTime(next);
                e.kind = KINDS[next & MASK].ordinal();
                e.priority = KINDS[next & MASK].priority();
                e.seq = nextSeq++;
                e.a = next;
                queue.add(e);
            }
        }
    }

    @State(Scope.Thread)
    public static class DsolState {
        static final nl.tudelft.simulation.dsol.formalisms.eventscheduling.Executable NOTHING = () -> { };
        @Param({"1000", "100000"})
        int n;
        RedBlackTree<Double> queue;
        int next;

        @Setup
        public void fill() {
            queue = new RedBlackTree<>();
            for (next = 0; next < n; next++) {
                queue.add(new LambdaSimEvent<>((double) firstTime(next), dsolPriority(KINDS[next & MASK]), NOTHING));
            }
        }
    }

    /**
     * An event as a {@link PriorityQueue} holds it: the engine's order key and payload (kind and
     * arguments {@code a}, {@code b}, {@code c}, carried along as the engine carries them), in an object.
     */
    static final class Event implements Comparable<Event> {
        long time;
        int priority;
        long seq;
        int kind;
        int a;
        int b;
        long c;

        @Override
        public int compareTo(Event o) {
            int t = Long.compare(time, o.time);
            if (t != 0) {
                return t;
            }
            int p = Integer.compare(priority, o.priority);
            return p != 0 ? p : Long.compare(seq, o.seq);
        }
    }
}
