package dev.rollscope.lab.proc;

import dev.rollscope.lab.nginx.NginxBinary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One nginx master (with its worker) running in the foreground as a child of this JVM, with its
 * configuration, pid, logs and temp files under its own prefix directory. Signals go to the
 * master as nginx documents them: QUIT graceful, TERM fast (NX-ctl).
 */
public final class NginxProcess {

    private final String name;
    private final Path prefix;
    private final int port;
    private final Process process;

    private NginxProcess(String name, Path prefix, int port, Process process) {
        this.name = name;
        this.prefix = prefix;
        this.port = port;
        this.process = process;
    }

    /**
     * Writes the configuration, starts nginx and waits until it accepts on {@code port}.
     *
     * @throws LabException with nginx's own error when it does not come up within 5 s
     */
    public static NginxProcess start(String name, Path prefix, String conf, int port) {
        try {
            Files.createDirectories(prefix);
            Files.writeString(prefix.resolve("nginx.conf"), conf, StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder(NginxBinary.path(), "-p", prefix.toString(), "-c",
                    prefix.resolve("nginx.conf").toString(), "-g", "daemon off;");
            pb.redirectErrorStream(true).redirectOutput(prefix.resolve("stdout.log").toFile());
            Process p = pb.start();
            Reaper.register(p.toHandle());
            NginxProcess n = new NginxProcess(name, prefix, port, p);
            n.awaitListening();
            return n;
        } catch (IOException e) {
            throw new LabException("cannot start nginx " + name + " in " + prefix + ": " + e.getMessage(), e);
        }
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new LabException("nginx " + name + " exited with " + process.exitValue() + ": " + log());
            }
            if (Ports.accepts(port)) {
                return;
            }
            sleep(3);
        }
        kill();
        throw new LabException("nginx " + name + " did not accept on port " + port + " within 5 s: " + log());
    }

    /** Sends a signal (QUIT, TERM) to the master, as `kill -s SIGNAL pid`. */
    public void signal(String signal) {
        if (!process.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-s", signal, Long.toString(process.pid())).start().waitFor();
        } catch (IOException e) {
            throw new LabException("cannot send " + signal + " to nginx " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean alive() {
        return process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive);
    }

    /** Runs {@code action} once the master has exited. */
    public void onExit(Runnable action) {
        process.onExit().thenRun(action);
    }

    /** SIGKILL to the master and its workers. */
    public void kill() {
        Reaper.killTree(process.toHandle());
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public Path prefix() {
        return prefix;
    }

    /** The last lines of nginx's error log and output, for error messages. */
    public String log() {
        StringBuilder b = new StringBuilder();
        for (String f : List.of("error.log", "stdout.log")) {
            try {
                List<String> lines = Files.readAllLines(prefix.resolve(f));
                lines.subList(Math.max(0, lines.size() - 5), lines.size()).forEach(l -> b.append(l).append(" | "));
            } catch (IOException e) {
                b.append("(no ").append(f).append(") ");
            }
        }
        return b.toString();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
