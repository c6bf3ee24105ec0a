package dev.rollscope.app.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a JVM of its own whose files may grow to at most a few KiB ({@code ulimit -f}):
 * a write past that fails part way with {@code IOException: File too large}, the way a full disk
 * fails it with "No space left on device". Unlike a read-only directory this fails for root too,
 * and needs no privileges (the builds run as root). Or in a JVM that sees a directory read-only.
 */
public final class LimitedJvm {

    /** What the child printed (stdout and stderr together) and its exit code. */
    public record Result(int exitCode, String output) {
    }

    private LimitedJvm() {
    }

    /** Runs {@code main} with {@code args} in a JVM whose files may grow to at most {@code kib} KiB. */
    public static Result run(int kib, Class<?> main, String... args) throws IOException, InterruptedException {
        return start(List.of("bash", "-c", "ulimit -f " + kib + " && exec \"$@\"", "jvm"), main, args);
    }

    /**
     * Runs {@code main} with {@code args} in a JVM that sees {@code dir} read-only: a read-only bind
     * mount in a mount namespace of its own ({@code unshare -m}), which refuses writes to root too.
     * Needs the privilege to make one (root, as the builds run); {@link #canMakeReadOnly} says whether
     * this machine gives it.
     */
    public static Result readOnly(Path dir, Class<?> main, String... args) throws IOException, InterruptedException {
        String d = dir.toAbsolutePath().toString();
        return start(List.of("unshare", "-m", "bash", "-c", "mount --bind \"$0\" \"$0\" && "
                + "mount -o remount,ro,bind \"$0\" \"$0\" && exec \"$@\"", d), main, args);
    }

    /** True when {@link #readOnly} can make a read-only directory here. */
    public static boolean canMakeReadOnly(Path dir) throws IOException, InterruptedException {
        String d = dir.toAbsolutePath().toString();
        Process p = new ProcessBuilder("unshare", "-m", "bash", "-c", "mount --bind \"$0\" \"$0\" && "
                + "mount -o remount,ro,bind \"$0\" \"$0\"", d).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /**
     * Where the child keeps its preferences: where the tests keep theirs (the pom's
     * {@code java.util.prefs.userRoot}), never the user's home, and made beforehand: the JDK logs
     * "Created user preferences directory." into the child's output when it makes it itself
     * ({@code .java/.userPrefs} under the root).
     */
    private static String preferencesRoot() throws IOException {
        Path root = Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(root.resolve(".java").resolve(".userPrefs"));
        return root.toString();
    }

    private static Result start(List<String> prefix, Class<?> main, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
                "-Djava.awt.headless=true", "-Djava.util.prefs.userRoot=" + preferencesRoot(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
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
