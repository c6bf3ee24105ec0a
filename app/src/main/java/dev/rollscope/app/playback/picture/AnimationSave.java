package dev.rollscope.app.playback.picture;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Saving an animation without freezing the window: each frame is drawn on the FX thread, one at a
 * time, and encoded on the task's own thread, with the frames written as the task's progress.
 * Cancelled, the save stops at the next frame and the old file stays as it was.
 */
public final class AnimationSave extends Task<Integer> {

    private final Animation animation;
    private final StagePicture picture;
    private final Path file;
    private final AnimationFormat format;

    /** @param picture the stage to draw, used on the FX thread only */
    public AnimationSave(Animation animation, StagePicture picture, Path file, AnimationFormat format) {
        this.animation = animation;
        this.picture = picture;
        this.file = file;
        this.format = format;
    }

    public Path file() {
        return file;
    }

    @Override
    protected Integer call() throws IOException {
        return animation.write(this::drawn, picture.width(), picture.height(), file, format,
                done -> updateProgress(done, animation.frames()));
    }

    private int[] drawn(long time) throws IOException {
        FutureTask<int[]> frame = new FutureTask<>(() -> picture.argb(time));
        Platform.runLater(frame);
        try {
            return frame.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the save of " + file + " was cancelled");
        } catch (ExecutionException e) {
            throw new IOException("could not draw the frame at " + time + " ms", e.getCause());
        }
    }
}
