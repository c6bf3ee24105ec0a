package dev.rollscope.lab.matrix;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The child JVM of {@link KilledLabTest}: plays the CI case {@code read-timeout-504} (a GET the app
 * answers after 9 s, scaled) and, once the case's nginx processes have run unchanged for half a
 * second, prints their PIDs ({@code nginx PID}), then {@code playing}; it is killed with
 * {@code kill -9} before the case ends. It exits with 1 if the case ends first or nothing starts in 30 s.
 */
public final class LabUntilKilled {

    private LabUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        LabCase c = LabMatrix.ci().stream().filter(x -> x.name().equals("read-timeout-504")).findFirst().orElseThrow();
        Thread play = new Thread(() -> LabSession.play(c), "lab-case");
        play.setDaemon(true);
        play.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Set<Long> mine = Set.of();
        for (int stable = 0; stable < 10; ) {
            Thread.sleep(50);
            if (!play.isAlive() || System.nanoTime() > deadline) {
                System.out.println("the case ended, or started no nginx, before the kill");
                System.exit(1);
            }
            Set<Long> now = nginx();
            stable = now.equals(mine) && !now.isEmpty() ? stable + 1 : 0;
            mine = now;
        }
        mine.forEach(pid -> System.out.println("nginx " + pid));
        System.out.println("playing");
        play.join();
        System.out.println("the case ended before the kill");
        System.exit(1);
    }

    /** The nginx processes this JVM started, masters and workers. */
    private static Set<Long> nginx() {
        return ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("/nginx")
                || p.info().commandLine().orElse("").startsWith("nginx:")).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }
}
