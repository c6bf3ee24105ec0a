package dev.rollscope.app.playback.picture;

import java.io.IOException;

/**
 * A video was asked for but ffmpeg, which encodes it, is not installed (not on the PATH, or not at
 * the path the system property {@code rollscope.ffmpeg} names). Callers tell the user in their language.
 */
public final class MissingEncoderException extends IOException {

    private static final long serialVersionUID = 1L;

    MissingEncoderException(String command) {
        super("ffmpeg not found: " + command);
    }
}
