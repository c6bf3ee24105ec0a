package dev.rollscope.lab.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.lab.proc.Ports;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A lab JVM killed with {@code kill -9} in the middle of a case (no shutdown hook runs) leaves no nginx
 * process and no listening port behind: the reaper's guard kills what the JVM started.
 */
@Tag("nginx")
class KilledLabTest {

    @Test
    void aLabJvmKilledMidCaseLeavesNoNginxAndNoListeningPort() throws Exception {
        Process lab = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dlab.workDir=" + Path.of("target", "lab-killed").toAbsolutePath(),
                LabUntilKilled.class.getName()).redirectErrorStream(true).start();
        List<Long> nginx = new ArrayList<>();
        List<String> said = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(lab.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null && !line.equals("playing");) {
            said.add(line);
            if (line.startsWith("nginx ")) {
                nginx.add(Long.parseLong(line.substring("nginx ".length())));
            }
        }
        Set<Integer> ports = new TreeSet<>(ListeningPorts.of(lab.pid()));
        for (long pid : nginx) {
            ports.addAll(ListeningPorts.of(pid));
        }
        assertThat(nginx).as("nginx processes of the case; the child said %s", said).isNotEmpty();
        assertThat(ports).as("ports the case listens on").isNotEmpty();
        assertThat(ports).allMatch(Ports::accepts);

        lab.destroyForcibly();
        assertThat(lab.waitFor(10, TimeUnit.SECONDS)).isTrue();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && (nginx.stream().anyMatch(KilledLabTest::alive)
                || ports.stream().anyMatch(Ports::accepts))) {
            Thread.sleep(50);
        }
        assertThat(nginx).as("nginx processes alive after the kill").noneMatch(KilledLabTest::alive);
        assertThat(ports).as("ports still accepting after the kill").noneMatch(Ports::accepts);
        assertThat(ListeningPorts.all()).as("ports still listening after the kill").doesNotContainAnyElementsOf(ports);
    }

    private static boolean alive(long pid) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        return p.isPresent() && p.get().isAlive();
    }
}
