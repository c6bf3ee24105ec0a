package dev.rollscope.lab.proc;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Every child process the lab starts is registered here, and a JVM shutdown hook kills the ones
 * still running with their whole process tree: nothing outlives the test JVM, even when a test
 * fails or the JVM is interrupted.
 *
 * <p>A JVM killed with {@code kill -9} runs no shutdown hook, so a {@link ReaperGuard} process
 * watches it too: it is told of every process registered and killed here, and kills the trees of
 * those still running when the JVM is gone.
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
        ReaperGuard.watch(p);
    }

    /**
     * Kills a process and every descendant (SIGKILL), and forgets it. The root dies first: an
     * nginx master whose worker is killed forks a new one, which would outlive a master killed
     * after it (seen: an orphaned worker of a GFE front after a case).
     */
    public static void killTree(ProcessHandle p) {
        List<ProcessHandle> descendants = p.descendants().collect(Collectors.toList());
        p.destroyForcibly();
        try {
            p.onExit().get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // its descendants are killed all the same
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
        LIVE.remove(p);
        ReaperGuard.forget(p);
    }

    /** Kills every registered process tree still alive. */
    public static void killAll() {
        for (ProcessHandle p : Set.copyOf(LIVE)) {
            killTree(p);
        }
    }

    /**
     * Every nginx process of this user on the machine (masters and workers, ours or not), for a
     * before/after comparison: a worker orphaned by a killed master no longer names its prefix.
     */
    public static Set<Long> nginxProcesses() {
        String me = ProcessHandle.current().info().user().orElse("");
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().user().orElse("").equals(me))
                .filter(p -> p.info().command().orElse("").endsWith("/nginx")
                        || p.info().commandLine().orElse("").startsWith("nginx:"))
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    /** Registered processes (and their descendants) still alive: 0 after a clean run. */
    public static long alive() {
        return LIVE.stream().filter(ProcessHandle::isAlive).count();
    }
}
