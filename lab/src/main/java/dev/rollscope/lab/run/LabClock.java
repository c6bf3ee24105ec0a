package dev.rollscope.lab.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The scenario's clock (milliseconds since it started) and its one control thread: actions run at
 * their scenario time, in the order they were scheduled when their times are equal, and each is
 * written to the journal with the time it really ran.
 */
final class LabClock implements AutoCloseable {

    private final long t0 = System.nanoTime();
    private final ScheduledExecutorService control = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lab-control");
        t.setDaemon(true);
        return t;
    });
    private final List<String> journal = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /**
     * Runs {@code action} at scenario time {@code millis} on the control thread; nothing once the
     * scenario is over (a stop sequence may still be scheduling when the last request ends).
     */
    void at(long millis, String what, Runnable action) {
        if (control.isShutdown()) {
            return;
        }
        try {
            control.schedule(() -> {
                try {
                    action.run();
                    note(what);
                } catch (RuntimeException e) {
                    problem(what + " failed: " + e.getMessage());
                }
            }, Math.max(0, millis - now()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            note(what + ": not run, the scenario is over");
        }
    }

    synchronized void note(String line) {
        journal.add(now() + " ms: " + line);
    }

    /** Something that makes the run unfit for comparison (the lab could not keep pace). */
    synchronized void problem(String line) {
        problems.add(now() + " ms: " + line);
        journal.add(now() + " ms: PROBLEM " + line);
    }

    synchronized List<String> journal() {
        return List.copyOf(journal);
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        control.shutdownNow();
    }
}
