package dev.rollscope.lab.proc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A small bash process that outlives a JVM killed with {@code kill -9}, to do the {@link Reaper}'s
 * work then. The JVM writes {@code + PID} for every process it starts and {@code - PID} for every
 * one it kills to the guard's standard input; when the JVM dies, however it dies, the kernel closes
 * that pipe, and the guard kills each process still listed (its whole tree, the root first, as
 * {@link Reaper#killTree} does) unless its start time shows the PID now belongs to another process.
 * Started with the first registered process; one per JVM.
 */
final class ReaperGuard {

    /** Reads the list until end of input, then kills what is left on it. */
    static final String SCRIPT = """
            declare -A started
            start() { local stat; stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1; set -- ${stat##*) }; echo "${20}"; }
            tree() { echo "$1"; local c; for c in $(pgrep -P "$1"); do tree "$c"; done; }
            while read -r op pid; do
              if [ "$op" = "+" ]; then started[$pid]=$(start "$pid"); else unset "started[$pid]"; fi
            done
            for pid in "${!started[@]}"; do
              if [ -n "${started[$pid]}" ] && [ "$(start "$pid")" = "${started[$pid]}" ]; then
                kill -KILL $(tree "$pid") 2>/dev/null
              fi
            done
            """;

    private static PrintWriter guard;

    private ReaperGuard() {
    }

    static synchronized void watch(ProcessHandle p) {
        tell("+ " + p.pid());
    }

    static synchronized void forget(ProcessHandle p) {
        tell("- " + p.pid());
    }

    private static void tell(String line) {
        if (guard == null) {
            guard = start();
        }
        guard.println(line);
        guard.flush();
    }

    private static PrintWriter start() {
        try {
            Process p = new ProcessBuilder("bash", "-c", SCRIPT).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            OutputStream in = p.getOutputStream();
            return new PrintWriter(in, false, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabException("cannot start the reaper's guard (bash): " + e.getMessage(), e);
        }
    }
}
