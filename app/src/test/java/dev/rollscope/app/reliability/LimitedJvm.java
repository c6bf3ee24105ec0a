package dev.rollscope.app.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a JVM of its own whose files may grow to at most a few KiB ({@code ulimit -f}):
 * a write past that fails part way with {@code IOException: File too large}, the way a full disk
 * fails it with "No space left on device". Unlike a read-only directory this fails for root too,
 * and needs no privileges (the builds run as root).
 */
public final class LimitedJvm {

    /** What the child printed (stdout and stderr together) and its exit code. */
    public record Result(int exitCode, String output) {
    }

    private LimitedJvm() {
    }

    /** Runs {@code main} with {@code args} in a JVM whose files may grow to at most {@code kib} KiB. */
    public static Result run(int kib, Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + kib + " && exec \"$@\"", "jvm",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError(main.getSimpleName() + " did not end within 60 s");
        }
        return new Result(child.exitValue(), new String(child.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }
}
