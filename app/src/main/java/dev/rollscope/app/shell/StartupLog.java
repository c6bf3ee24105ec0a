package dev.rollscope.app.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * For the start-up benchmark (packaging/bench-start.sh): when the environment names a file in
 * {@code ROLLSCOPE_STARTUP_LOG}, the moments the start reaches are appended to it, one line each, the
 * moment's name and the wall clock in milliseconds since the epoch: {@code window} (the first frame
 * of the window), {@code main-window} (the first frame of the main window) and {@code verdict} (the
 * first frame that shows the first verdicts). Otherwise nothing.
 */
final class StartupLog {

    private static final Path FILE = file(System.getenv("ROLLSCOPE_STARTUP_LOG"));

    private StartupLog() {
    }

    static void reached(String moment) {
        if (FILE != null) {
            try {
                Files.writeString(FILE, moment + " " + System.currentTimeMillis() + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                // a benchmark without its log: it says so
            }
        }
    }

    private static Path file(String name) {
        return name == null || name.isBlank() ? null : Path.of(name);
    }
}
