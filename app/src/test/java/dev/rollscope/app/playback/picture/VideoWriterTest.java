package dev.rollscope.app.playback.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens when ffmpeg fails: its words in the error, the old file kept, nothing left behind. */
class VideoWriterTest {

    @TempDir
    Path dir;

    @AfterEach
    void forgetTheFakeFfmpeg() {
        System.clearProperty(VideoWriter.FFMPEG);
    }

    @Test
    void anFfmpegThatFailsIsQuotedAndTheOldFileStays() throws Exception {
        Path fake = dir.resolve("ffmpeg");
        Files.writeString(fake, "#!/bin/sh\necho 'Unknown encoder libvpx-vp9' >&2\nexit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        System.setProperty(VideoWriter.FFMPEG, fake.toString());
        Path out = Files.createDirectories(dir.resolve("out")).resolve("roll.webm");
        Files.writeString(out, "the old video");

        assertThatThrownBy(() -> {
            try (VideoWriter video = new VideoWriter(out, AnimationFormat.WEBM, 10, 200, 100)) {
                for (int i = 0; i < 3; i++) {
                    video.add(new int[200 * 100], 200, 100);
                }
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("ffmpeg failed (exit 1): Unknown encoder libvpx-vp9");

        assertThat(Files.readString(out)).isEqualTo("the old video");
        try (var left = Files.list(out.getParent())) {
            assertThat(left).containsExactly(out);
        }
    }

    @Test
    void aMissingFfmpegIsNamed() {
        System.setProperty(VideoWriter.FFMPEG, dir.resolve("nothing").toString());

        assertThatThrownBy(() -> new VideoWriter(dir.resolve("a.mp4"), AnimationFormat.MP4, 10, 200, 100))
                .isInstanceOf(MissingEncoderException.class).hasMessageContaining(dir.resolve("nothing").toString());
        assertThat(dir.resolve("a.mp4")).doesNotExist();
    }
}
