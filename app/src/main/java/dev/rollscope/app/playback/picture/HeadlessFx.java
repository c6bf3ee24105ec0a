package dev.rollscope.app.playback.picture;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;

/**
 * Runs drawing work on the JavaFX thread from the command line, without a display: starts JavaFX
 * once on Monocle's headless platform with software rendering (unless a platform was chosen
 * already, as the tests do), so the same pictures come out on any machine.
 */
public final class HeadlessFx {

    private static boolean started;

    private HeadlessFx() {
    }

    /** Runs {@code work} on the JavaFX thread and returns its result, rethrowing what it throws. */
    public static <T> T call(Callable<T> work) throws Exception {
        start();
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static synchronized void start() {
        if (started) {
            return;
        }
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit runs already (a test, or the window)
        }
        Platform.setImplicitExit(false);
        started = true;
    }
}
