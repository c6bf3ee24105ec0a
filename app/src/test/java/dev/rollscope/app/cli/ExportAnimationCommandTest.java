package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rollscope.app.playback.picture.Ffprobe;

import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export animation} on abcd-defaults' "roll C", drawn headless. */
class ExportAnimationCommandTest extends CliTestBase {

    private static final String FILE = Path.of("..", "examples", "abcd-defaults.json").toString();

    @TempDir
    Path dir;

    /**
     * 0 to 9 s at 3× and 1 fps: a frame every 3 s of simulated time, so 4 frames (0, 3, 6, 9 s). The GIF
     * is written, and the exit code is 1 as simulate's: requests of roll C fail.
     */
    @Test
    void writesOneFramePerStepAtTheSizeAsked() throws Exception {
        Path gif = dir.resolve("roll-c.gif");

        assertThat(run("export", "animation", FILE, "--scenario", "roll C", "--to", "9", "--speed", "3", "--fps", "1",
                "--size", "400x225", "-o", gif.toString())).isEqualTo(ExitCodes.FAILURES);

        assertThat(err.toString()).contains("Wrote " + gif + ": 4 frames in ");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(4);
            assertThat(reader.getWidth(0)).isEqualTo(400);
            assertThat(reader.getHeight(0)).isEqualTo(225);
        }
    }

    /**
     * The same 4 frames (0, 3, 6, 9 s) as a WebM video at 1 fps: VP9, 320×180, 4 frames decoded, 4 s
     * long (four frames of 1 s each).
     */
    @Test
    void writesAWebmVideoWithTheSameFrames() throws Exception {
        Path webm = dir.resolve("roll-c.webm");

        assertThat(run("export", "animation", FILE, "--scenario", "roll C", "--to", "9", "--speed", "3", "--fps", "1",
                "--size", "320x180", "--format", "webm", "-o", webm.toString())).isEqualTo(ExitCodes.FAILURES);

        assertThat(err.toString()).contains("Wrote " + webm + ": 4 frames in ");
        Ffprobe video = Ffprobe.of(webm);
        assertThat(video.container()).contains("webm");
        assertThat(video.codec()).isEqualTo("vp9");
        assertThat(video.width()).isEqualTo(320);
        assertThat(video.height()).isEqualTo(180);
        assertThat(video.frames()).isEqualTo(4);
        assertThat(video.seconds()).isCloseTo(4.0, within(0.05));
    }

    /**
     * An output ending in .mp4 is an MP4 (H.264) without --format. 20 to 30 s at 5× and 2 fps: a frame
     * every 2.5 s, so 5 frames (20, 22.5, 25, 27.5, 30 s), 2.5 s long. The odd height 225 is padded to 226
     * (H.264's 4:2:0 colours need even sizes).
     */
    @Test
    void writesAnMp4VideoWhenTheOutputEndsSo() throws Exception {
        Path mp4 = dir.resolve("roll-c.mp4");

        assertThat(run("export", "animation", FILE, "--scenario", "roll C", "--from", "20", "--to", "30", "--speed",
                "5", "--fps", "2", "--size", "400x225", "-o", mp4.toString())).isEqualTo(ExitCodes.FAILURES);

        Ffprobe video = Ffprobe.of(mp4);
        assertThat(video.container()).contains("mp4");
        assertThat(video.codec()).isEqualTo("h264");
        assertThat(video.width()).isEqualTo(400);
        assertThat(video.height()).isEqualTo(226);
        assertThat(video.frames()).isEqualTo(5);
        assertThat(video.seconds()).isCloseTo(2.5, within(0.05));
    }

    /**
     * Without ffmpeg a video is refused before the simulation, with a sentence saying what to install, no
     * stack trace, and no file.
     */
    @Test
    void aVideoWithoutFfmpegSaysWhatToInstall() {
        Path webm = dir.resolve("a.webm");
        System.setProperty("rollscope.ffmpeg", dir.resolve("no-ffmpeg-here").toString());
        try {
            assertThat(run("export", "animation", FILE, "--scenario", "roll C", "--to", "3", "-o", webm.toString()))
                    .isEqualTo(ExitCodes.INVALID);
        } finally {
            System.clearProperty("rollscope.ffmpeg");
        }

        assertThat(err.toString()).contains("WebM and MP4 videos are encoded by ffmpeg, which is not installed (not on the PATH)."
                + " Install it (Debian/Ubuntu: sudo apt-get install ffmpeg) or write a GIF.").doesNotContain("Exception");
        assertThat(webm).doesNotExist();
    }

    @Test
    void otherFormatsAndBadSizesAreRefused() {
        assertThat(run("export", "animation", FILE, "--scenario", "roll C", "--format", "avi", "-o",
                dir.resolve("a.avi").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("An animation is written as gif, webm or mp4, not avi.");
        assertThat(run("export", "animation", FILE, "--scenario", "roll C", "--size", "big", "-o",
                dir.resolve("a.gif").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("A size is WxH, from 200x150 to 3840x2160, not big.");
    }
}
