package dev.rollscope.app.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testfx.api.FxToolkit;

/**
 * Ends JavaFX before the test JVM exits. TestFX starts the toolkit and never stops it, so the JVM
 * exited with the JavaFX thread, its renderer and WebKit (the export preview) still running, and
 * their shutdown hooks and native teardown ran beside them. Once, in CI, the fork died of SIGABRT
 * at exit after all its tests had passed, which fails the build; no crash report was kept, and a
 * native race at exit is the likeliest cause. Here the toolkit exits as an application's does and
 * the JVM exits after the JavaFX thread has ended. Registered in META-INF/services.
 */
public final class FxShutdown implements LauncherSessionListener {

    private static final long WAIT_SECONDS = 20;

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (!FxToolkit.isFXApplicationThreadRunning()) {
            return;
        }
        try {
            FxToolkit.cleanupStages();
        } catch (TimeoutException | RuntimeException ignored) {
            // the stages close with the toolkit below in any case
        }
        Thread fxThread = fxThread();
        Platform.exit();
        if (fxThread != null) {
            try {
                fxThread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Thread fxThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("JavaFX Application Thread"))
                .findFirst().orElse(null);
    }
}
