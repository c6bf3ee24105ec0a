package dev.rollscope.app.playback.picture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats of an animation: an animated GIF (the JDK's writer) or a video encoded by
 * ffmpeg, WebM (VP9) or MP4 (H.264); see docs/decisions/0012-video-export-with-ffmpeg.md.
 */
public enum AnimationFormat {
    GIF, WEBM, MP4;

    /** The format's name on the command line and its file extension: gif, webm, mp4. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code name} (gif, webm or mp4, any case), if any. */
    public static Optional<AnimationFormat> named(String name) {
        for (AnimationFormat f : values()) {
            if (f.extension().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a file's name ends with (.gif, .webm, .mp4), if any. */
    public static Optional<AnimationFormat> of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : named(name.substring(dot + 1));
    }

    /** Checks that this format can be written here: a video needs ffmpeg. */
    public void requireEncoder() throws MissingEncoderException {
        if (video()) {
            VideoWriter.executable();
        }
    }

    /** True for a video, which ffmpeg encodes. */
    private boolean video() {
        return switch (this) {
            case GIF -> false;
            case WEBM, MP4 -> true;
        };
    }

    /** Opens a sink writing frames at {@code fps} to {@code file} in this format. */
    FrameSink open(Path file, double fps, int width, int height) throws IOException {
        return switch (this) {
            case GIF -> new GifWriter(file, fps);
            case WEBM, MP4 -> new VideoWriter(file, this, fps, width, height);
        };
    }
}
