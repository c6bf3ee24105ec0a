package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rollscope.app.playback.picture.AnimationFormat;
import dev.rollscope.app.playback.picture.Ffprobe;

import dev.rollscope.app.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Play view's pictures of abcd-defaults' "roll C" (90 s): a still of the moment, and the whole as a GIF and a video. */
@ExtendWith(ApplicationExtension.class)
class PictureExportTest {

    @TempDir
    Path dir;

    private PlaybackFixture f;

    @Start
    void start(Stage stage) {
        // each test opens its own window
    }

    @BeforeEach
    void open(FxRobot robot) {
        f = new PlaybackFixture(Examples.project("abcd-defaults.json"), "roll C", Locale.ENGLISH)
                .show(robot, Theme.LIGHT, 1280, 720);
    }

    @AfterEach
    void close(FxRobot robot) {
        f.close(robot);
    }

    /** The stage's content is narrower than the canvas's empty margins; its corners are background. */
    @Test
    void aStillIsCroppedToWhatIsDrawn(FxRobot robot) throws Exception {
        Path png = dir.resolve("stage.png");
        robot.interact(() -> f.pane.model().timeline().seek(20_000));

        robot.interact(() -> {
            try {
                assertThat(f.pane.savePicture(png)).isTrue();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        BufferedImage image = ImageIO.read(png.toFile());
        double canvasWidth = f.pane.canvas().getWidth();
        assertThat(image.getWidth()).isLessThan((int) Math.max(640, canvasWidth)).isGreaterThan(400);
        assertThat(image.getRGB(0, 0)).isEqualTo(0xffffffff);
    }

    /** At 100× and 10 fps a frame is 10 s of simulated time apart: 0, 10, …, 90 s, so 10 frames. */
    @Test
    void anAnimationHasAFramePerStepAtTheTimelinesSpeed(FxRobot robot) throws Exception {
        Path gif = dir.resolve("roll-c.gif");
        assertThat(saveAt100x(robot, gif, AnimationFormat.GIF)).isEqualTo(10);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(10);
            assertThat(reader.getWidth(0)).isEqualTo(PlaybackPane.ANIMATION_WIDTH);
        }
    }

    /** The same 10 frames as a WebM video from the app: VP9, 800×450, 10 frames at 10 fps, so 1 s long. */
    @Test
    void aVideoHasTheSameFramesAsTheGif(FxRobot robot) throws Exception {
        Path webm = dir.resolve("roll-c.webm");
        assertThat(saveAt100x(robot, webm, AnimationFormat.WEBM)).isEqualTo(10);
        Ffprobe video = Ffprobe.of(webm);
        assertThat(video.codec()).isEqualTo("vp9");
        assertThat(video.width()).isEqualTo(PlaybackPane.ANIMATION_WIDTH);
        assertThat(video.height()).isEqualTo(PlaybackPane.ANIMATION_HEIGHT);
        assertThat(video.frames()).isEqualTo(10);
        assertThat(video.seconds()).isCloseTo(1.0, within(0.05));
    }

    /** Saves the animation at 100× from the app; the frames written. */
    private int saveAt100x(FxRobot robot, Path file, AnimationFormat format) {
        int[] frames = new int[1];
        robot.interact(() -> {
            f.pane.model().timeline().setSpeed(100);
            try {
                frames[0] = f.pane.saveAnimation(file, format);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return frames[0];
    }
}
