package dev.rollscope.app.playback.picture;

import java.io.Closeable;
import java.io.IOException;

/** Where the frames of an animation go, one after the other: a GIF or a video file. */
interface FrameSink extends Closeable {

    /** Adds a frame given as ARGB pixels, {@code width} by {@code height}. */
    void add(int[] argb, int width, int height) throws IOException;
}
