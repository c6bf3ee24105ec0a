package dev.rollscope.lab.proc;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every child process the lab starts is registered here, and a JVM shutdown hook kills the ones
 * still running with their whole process tree: nothing outlives the test JVM, even when a test
 * fails or the JVM is interrupted.
 */
public final class Reaper {

    private static final Set<ProcessHandle> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Reaper::killAll, "lab-reaper"));
    }

    private Reaper() {
    }

    static void register(ProcessHandle p) {
        LIVE.add(p);
    }

    /** Kills a process and every descendant at once (SIGKILL), and forgets it. */
    public static void killTree(ProcessHandle p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        LIVE.remove(p);
    }

    /** Kills every registered process tree still alive. */
    public static void killAll() {
        for (ProcessHandle p : Set.copyOf(LIVE)) {
            killTree(p);
        }
    }

    /** Registered processes (and their descendants) still alive: 0 after a clean run. */
    public static long alive() {
        return LIVE.stream().filter(ProcessHandle::isAlive).count();
    }
}
