package dev.rollscope.app.playback.picture;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An animation of the stage from {@code from} to {@code to} (ms of simulated time) at {@code speed}
 * (simulated time per real time), {@code fps} frames per second of the animation.
 */
public record Animation(long from, long to, double speed, double fps) {

    public Animation {
        if (to <= from || speed <= 0 || fps <= 0) {
            throw new IllegalArgumentException("an animation needs from < to and a positive speed and frame rate");
        }
    }

    /** How many frames it has: one every {@code speed / fps} seconds of simulated time, both ends included. */
    public int frames() {
        return (int) Math.floor((to - from) / step()) + 1;
    }

    /** The simulated time of frame i. */
    public long timeOf(int frame) {
        return Math.min(to, from + Math.round(frame * step()));
    }

    private double step() {
        return 1000 * speed / fps;
    }

    /**
     * Writes the frames of {@code picture} to {@code file} in {@code format}; call on the FX thread.
     *
     * @return the frames written
     * @throws MissingEncoderException when a video is asked for and ffmpeg is not installed
     */
    public int write(StagePicture picture, Path file, AnimationFormat format) throws IOException {
        try (FrameSink sink = format.open(file, fps, picture.width(), picture.height())) {
            for (int i = 0; i < frames(); i++) {
                sink.add(picture.argb(timeOf(i)), picture.width(), picture.height());
            }
        }
        return frames();
    }
}
