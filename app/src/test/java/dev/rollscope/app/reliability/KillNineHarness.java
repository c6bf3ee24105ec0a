package dev.rollscope.app.reliability;

import dev.rollscope.app.shell.RecoveredProject;
import dev.rollscope.app.shell.RecoveryStore;
import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Issue 18's fault harness (not a test: it prints numbers, see docs/reliability.md): starts
 * {@link SaveLoop} in a JVM of its own, kills it with {@code kill -9} (SIGKILL) after a random
 * 0.3 to 2 s, and checks what is left: the project file must be exactly one whole version (never a
 * mix or a prefix), the recovery file too, and the recovery store must offer the last completed
 * autosave. Every iteration works in the same folder, as a user's project stays where it is: the
 * temporary files a kill leaves must be removed by the next save, or by looking for the recovery
 * file, so that after any kill at most one is beside each file, the last kill's. It prints the
 * iterations, the partial files found, the temporary files kills left and the most found at once, and
 * the worst age of the offered state at the kill, against the autosave interval; it exits with 1 when a
 * file was partial or temporary files piled up.
 *
 * <p>Arguments: iterations (default 200), autosave interval in ms (default 500), seed (default 18).
 */
public final class KillNineHarness {

    private static final Pattern AUTOSAVED = Pattern.compile("autosaved (\\d+) (\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"name\": \"version (\\d+)\"");

    private KillNineHarness() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long interval = args.length > 1 ? Long.parseLong(args[1]) : 500;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 18);
        Path example = Path.of(System.getProperty("rollscope.example", "examples/abcd-zero-downtime.json"));
        Project base = ProjectFile.read(example);
        int partial = 0;
        int leftovers = 0;
        int mostAtOnce = 0;
        int leftAtTheEnd = 0;
        int recovered = 0;
        int notLastAutosave = 0;
        long worstAge = 0;
        Path dir = Files.createTempDirectory("kill9-");
        for (int i = 0; i < iterations; i++) {
            Process child = new ProcessBuilder(javaBin(), "-cp", classPath(), SaveLoop.class.getName(), dir.toString(),
                    String.valueOf(interval), example.toString()).redirectErrorStream(true).start();
            Map<Integer, Long> autosaves = new ConcurrentHashMap<>();
            Thread reader = new Thread(() -> readLog(child, autosaves));
            reader.start();
            Thread.sleep(300 + random.nextInt(1700));
            long killedAt = System.currentTimeMillis();
            child.destroyForcibly();
            child.waitFor();
            reader.join();

            Path file = dir.resolve("project.json");
            if (Files.exists(file) && !wholeVersion(base, file)) {
                partial++;
                System.out.println("PARTIAL project file in " + dir);
            }
            Path recovery = dir.resolve("recovery").resolve("recovery.json");
            if (Files.exists(recovery) && !wholeVersion(base, recovery)) {
                partial++;
                System.out.println("PARTIAL recovery file in " + dir);
            }
            int beside = temporaryFiles(dir);
            int besideRecovery = temporaryFiles(dir.resolve("recovery"));
            if (beside > 1 || besideRecovery > 1) {
                System.out.println("PILED UP: " + beside + " temporary files beside the project, " + besideRecovery
                        + " beside the recovery file, after kill " + (i + 1));
            }
            mostAtOnce = Math.max(mostAtOnce, Math.max(beside, besideRecovery));
            leftovers += beside + besideRecovery;
            RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
            Optional<RecoveredProject> offered = store.find();
            leftAtTheEnd = beside + temporaryFiles(dir.resolve("recovery"));
            if (offered.isEmpty() && !autosaves.isEmpty()) {
                notLastAutosave++;
            }
            if (offered.isPresent()) {
                recovered++;
                int k = Integer.parseInt(offered.get().project().topology().name().substring("version ".length()));
                int last = autosaves.keySet().stream().max(Integer::compare).orElse(-1);
                // the kill may land after an autosave's file is in place and before it says so: k > last
                if (k < last) {
                    notLastAutosave++;
                }
                Long started = autosaves.get(k);
                long age = killedAt - (started != null ? started : offered.get().savedAt().toEpochMilli());
                worstAge = Math.max(worstAge, age);
            }
            store.delete();
        }
        deleteTree(dir);
        System.out.printf("kill -9 harness: %d iterations, autosave every %d ms: %d partial files, %d temporary "
                + "files left by kills, at most %d beside a file at once, %d left after the last kill and the look "
                + "for a recovery, %d recoveries offered, %d not the last completed autosave (older, or none), "
                + "worst age of the offered state at the kill %d ms (%.2f intervals)%n", iterations, interval,
                partial, leftovers, mostAtOnce, leftAtTheEnd, recovered, notLastAutosave, worstAge,
                worstAge / (double) interval);
        if (partial > 0 || mostAtOnce > 1) {
            System.exit(1);
        }
    }

    /** The temporary files in a folder ({@code .project.json.<UUID>.tmp}). */
    private static int temporaryFiles(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> all = Files.list(folder)) {
            return (int) all.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    /** True when the file is exactly the canonical text of one version. */
    private static boolean wholeVersion(Project base, Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = VERSION.matcher(text);
        return m.find() && text.equals(ProjectFile.format(SaveLoop.version(base, Integer.parseInt(m.group(1)))));
    }

    private static void readLog(Process child, Map<Integer, Long> autosaves) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                Matcher m = AUTOSAVED.matcher(line);
                if (m.matches()) {
                    autosaves.put(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
                } else if (!line.equals("started")) {
                    System.out.println("child: " + line);
                }
            }
        } catch (java.io.IOException e) {
            // the child is gone
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This JVM's class path, or its class loader's (under exec:java). */
    private static String classPath() {
        if (KillNineHarness.class.getClassLoader() instanceof URLClassLoader u) {
            List<String> parts = new ArrayList<>();
            Arrays.stream(u.getURLs()).forEach(url -> parts.add(new File(url.getPath()).getPath()));
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        }
    }
}
