package dev.rollscope.app.playback.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved animation replaces the old file only once every frame is written. */
class AnimationSaveTest {

    @TempDir
    Path dir;

    /** 0 to 1 s at 1× and 4 fps: frames at 0, 250, 500, 750 and 1,000 ms, each counted as it is written. */
    @Test
    void eachFrameIsCountedAndTheFileReplacedAtTheEnd() throws Exception {
        Path file = dir.resolve("roll.gif");
        Files.writeString(file, "the old animation");
        List<Integer> done = new ArrayList<>();

        int frames = new Animation(0, 1_000, 1, 4).write(t -> new int[4 * 2], 4, 2, file, AnimationFormat.GIF,
                done::add);

        assertThat(frames).isEqualTo(5);
        assertThat(done).containsExactly(1, 2, 3, 4, 5);
        assertThat(Files.readAllBytes(file)).startsWith("GIF89a".getBytes());
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    /** A save cancelled at the third frame leaves the old file as it was and nothing beside it. */
    @Test
    void aCancelledSaveKeepsTheOldFile() throws Exception {
        Path file = dir.resolve("roll.gif");
        Files.writeString(file, "the old animation");
        Animation.Frames cancelledAtThird = t -> {
            if (t == 500) {
                throw new InterruptedIOException("cancelled");
            }
            return new int[4 * 2];
        };

        assertThatThrownBy(() -> new Animation(0, 1_000, 1, 4).write(cancelledAtThird, 4, 2, file,
                AnimationFormat.GIF, done -> { })).isInstanceOf(InterruptedIOException.class);

        assertThat(Files.readString(file)).isEqualTo("the old animation");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }
}
