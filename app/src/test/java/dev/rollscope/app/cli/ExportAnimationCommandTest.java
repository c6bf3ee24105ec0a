package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export animation} on abcd-defaults' "roll C", drawn headless. */
class ExportAnimationCommandTest {

    private static final String FILE = Path.of("..", "examples", "abcd-defaults.json").toString();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return RollscopeCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

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

    @Test
    void otherFormatsAndBadSizesAreRefused() {
        assertThat(run("export", "animation", FILE, "--scenario", "roll C", "--format", "webm", "-o",
                dir.resolve("a.webm").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Only gif animations can be written, not webm.");
        assertThat(run("export", "animation", FILE, "--scenario", "roll C", "--size", "big", "-o",
                dir.resolve("a.gif").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("A size is WxH, from 200x150 to 3840x2160, not big.");
    }
}
