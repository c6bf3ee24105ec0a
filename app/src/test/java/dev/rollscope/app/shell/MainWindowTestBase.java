package dev.rollscope.app.shell;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * What every headless test of the main window shares: the toolkit, a temporary folder (the
 * window's recovery folder), the window's {@link MainWindowFixture} {@link #f}, and closing it after
 * each test. A subclass's own {@code @AfterEach} runs before this one's.
 */
abstract class MainWindowTestBase {

    @TempDir
    Path dir;

    MainWindowFixture f;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() {
        if (f != null) {
            f.close();
        }
    }

    /** Opens a window as the launcher would with these arguments (a file, or none for the example). */
    MainWindowFixture open(String... args) {
        f = new MainWindowFixture(dir).open(args);
        return f;
    }
}
