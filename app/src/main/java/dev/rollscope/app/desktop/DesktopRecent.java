package dev.rollscope.app.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Tells the desktop which files Rollscope opened or saved, where the desktop keeps such a list: on
 * Linux and the other freedesktop systems the {@link RecentlyUsedXbel recently-used list}, written on
 * a background thread (the window never waits for it; a list it cannot write is left as it was, and
 * the window's own recent files stay). Windows and macOS: nothing (packaging/README.md).
 */
public final class DesktopRecent {

    private DesktopRecent() {
    }

    /** What to tell for the current user on this system. */
    public static Consumer<Path> forCurrentUser() {
        String os = System.getProperty("os.name", "");
        if (os.startsWith("Windows") || os.startsWith("Mac")) {
            return file -> { };
        }
        RecentlyUsedXbel list = RecentlyUsedXbel.forCurrentUser();
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rollscope-desktop-recent");
            t.setDaemon(true);
            return t;
        });
        return file -> writer.execute(() -> {
            try {
                list.add(file);
            } catch (IOException | RuntimeException e) {
                // the desktop's list stays as it was; the window's own list has the file
            }
        });
    }
}
