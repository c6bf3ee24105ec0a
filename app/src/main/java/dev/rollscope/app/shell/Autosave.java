package dev.rollscope.app.shell;

import dev.rollscope.app.document.Document;
import dev.rollscope.model.Project;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Writes the document to the {@link RecoveryStore} every few seconds while it has unsaved
 * changes (only when it changed since the last autosave), on a background thread, and removes the
 * recovery file when the document is clean again (saved, or replaced) and when the window closes
 * cleanly. A failed write is reported once through {@code onError}, called on the autosave
 * thread; autosave keeps trying.
 */
public final class Autosave {

    /**
     * How often the window autosaves: 29 s, so that the state a recovery offers is at most 30 s old
     * even when a kill lands in an autosave (it then offers the one before, an interval plus one
     * write earlier; docs/reliability.md).
     */
    public static final Duration INTERVAL = Duration.seconds(29);

    private final FileSession session;
    private final RecoveryStore store;
    private final Consumer<String> onError;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rollscope-autosave");
        t.setDaemon(true);
        return t;
    });
    private Timeline timer;
    private Project lastWritten;
    private boolean errorShown;

    public Autosave(FileSession session, RecoveryStore store, Consumer<String> onError) {
        this.session = session;
        this.store = store;
        this.onError = onError;
        session.document().dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                lastWritten = null;
                writer.execute(store::delete);
            }
        });
    }

    /** Autosaves every {@code interval} from now on. */
    public void start(Duration interval) {
        timer = new Timeline(new KeyFrame(interval, e -> saveNow()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
    }

    /** Writes the recovery file now if the document has changes not yet autosaved. */
    public void saveNow() {
        Document document = session.document();
        Project project = document.project();
        if (!document.isDirty() || project == lastWritten) {
            return;
        }
        lastWritten = project;
        Path source = session.fileProperty().get();
        String name = session.nameProperty().get();
        writer.execute(() -> write(project, source, name));
    }

    /** Stops autosaving and removes the recovery file: the session ends cleanly. Waits for the writes. */
    public void close() {
        if (timer != null) {
            timer.stop();
        }
        writer.execute(store::delete);
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the writes asked for so far are done (for tests and a clean exit). */
    void flush() {
        CompletableFuture.runAsync(() -> { }, writer).join();
    }

    private void write(Project project, Path source, String name) {
        try {
            store.write(project, source, name);
        } catch (IOException | RuntimeException e) {
            if (!errorShown) {
                errorShown = true;
                onError.accept(String.valueOf(e.getMessage()));
            }
        }
    }
}
