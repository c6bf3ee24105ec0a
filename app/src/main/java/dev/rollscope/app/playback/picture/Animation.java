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

    /** Writes the frames of {@code picture} as an animated GIF; call on the FX thread. @return the frames written */
    public int writeGif(StagePicture picture, Path file) throws IOException {
        try (GifWriter gif = new GifWriter(file, fps)) {
            for (int i = 0; i < frames(); i++) {
                gif.add(picture.argb(timeOf(i)), picture.width(), picture.height());
            }
        }
        return frames();
    }
}
