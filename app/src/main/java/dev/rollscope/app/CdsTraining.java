package dev.rollscope.app;

import dev.rollscope.app.cli.RollscopeCli;
import dev.rollscope.app.desktop.Handoff;
import dev.rollscope.app.desktop.SingleInstance;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Not for users: the Linux installer build runs this once with {@code -XX:ArchiveClassesAtExit}
 * (packaging/linux/finish-image.sh), so that the app image's AppCDS archive holds the classes a
 * start loads. It checks the file on the command line, claims the single instance in a folder of its
 * own (so that a Rollscope running on the build machine does not take the window), then opens the
 * window on it, lets the first verdicts arrive, and exits; exit code 1 if the window never showed.
 */
public final class CdsTraining {

    private static final long WINDOW_TIMEOUT_MS = 60_000;
    private static final long VERDICTS_MS = 3_000;
    private static final long POLL_MS = 100;

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        RollscopeCli.run(discard, discard, "check", args[0]);
        Path folder = Files.createTempDirectory("rollscope-cds");
        SingleInstance.claim(folder, Handoff.of(Path.of(args[0]))).close();
        try (var left = Files.list(folder)) {
            for (Path p : left.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
        Thread exit = new Thread(() -> System.exit(waitForWindow() ? 0 : 1), "cds-training-exit");
        exit.setDaemon(true);
        exit.start();
        Launcher.main(new String[] {Launcher.NEW_WINDOW, args[0]});
    }

    private static boolean waitForWindow() {
        long deadline = System.currentTimeMillis() + WINDOW_TIMEOUT_MS;
        try {
            while (System.currentTimeMillis() < deadline) {
                if (windowShowing()) {
                    Thread.sleep(VERDICTS_MS);
                    return true;
                }
                Thread.sleep(POLL_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static boolean windowShowing() throws InterruptedException {
        CompletableFuture<Boolean> showing = new CompletableFuture<>();
        try {
            Platform.runLater(() -> showing.complete(Window.getWindows().stream().anyMatch(Window::isShowing)));
            return showing.get(POLL_MS * 10, TimeUnit.MILLISECONDS);
        } catch (IllegalStateException | ExecutionException | TimeoutException toolkitNotReady) {
            return false;
        }
    }
}
