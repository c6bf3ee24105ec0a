package dev.rollscope.app.playback.picture;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where the frames of an animation go, one after the other: a GIF or a video file. The file is
 * written beside its target and replaces it only on {@link #commit}; closed without a commit (an
 * error, a cancelled save), the sink leaves the target as it was and nothing of its own behind.
 */
interface FrameSink extends Closeable {

    /** Adds a frame given as ARGB pixels, {@code width} by {@code height}. */
    void add(int[] argb, int width, int height) throws IOException;

    /** Finishes the file and puts it in place of the target. */
    void commit() throws IOException;
}
