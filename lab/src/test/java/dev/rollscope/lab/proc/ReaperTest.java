package dev.rollscope.lab.proc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Nothing the lab starts outlives it: the reaper kills whole process trees. */
class ReaperTest {

    @Test
    void killAllEndsARegisteredProcessAndItsChildren() throws Exception {
        Process shell = new ProcessBuilder("sh", "-c", "sleep 60 & sleep 60 & wait").start();
        Reaper.register(shell.toHandle());
        List<ProcessHandle> children = awaitChildren(shell.toHandle(), 2);

        Reaper.killAll();

        assertThat(shell.waitFor(5, TimeUnit.SECONDS)).isTrue();
        for (ProcessHandle c : children) {
            assertThat(c.onExit().get(5, TimeUnit.SECONDS).isAlive()).isFalse();
        }
        assertThat(Reaper.alive()).isZero();
    }

    private static List<ProcessHandle> awaitChildren(ProcessHandle p, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<ProcessHandle> children = List.of();
        while (children.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
            children = p.children().collect(Collectors.toList());
        }
        assertThat(children).as("children of the shell").hasSize(n);
        return children;
    }
}
