package dev.rollscope.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * An internal error (a bug in Rollscope, never a verdict on the user's file): its stack trace goes
 * to a log file of its own in the temporary directory, and the user sees one line naming that file.
 */
public final class InternalErrorLog {

    private InternalErrorLog() {
    }

    /**
     * Writes the error's stack trace, with the version, the arguments and the Java runtime.
     *
     * @return the log file
     * @throws IOException when it cannot be written
     */
    public static Path write(Throwable error, String... args) throws IOException {
        Path log = Files.createTempFile("rollscope-internal-error-", ".log");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            w.println(new VersionProvider().getVersion()[0] + ", internal error at " + Instant.now());
            w.println("arguments: " + String.join(" ", args));
            w.println("java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch"));
            error.printStackTrace(w);
        }
        return log;
    }

    /** Where the stack trace went, for the one line the user sees: the log file, or why there is none. */
    public static String writeOrSay(Throwable error, String... args) {
        try {
            return write(error, args).toString();
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
