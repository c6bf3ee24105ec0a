package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rollscope.app.playback.picture.AnimationFormat;
import dev.rollscope.app.playback.picture.AnimationSave;
import dev.rollscope.app.playback.picture.Ffprobe;
import dev.rollscope.app.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
import org.testfx.util.WaitForAsyncUtils;

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
                assertThat(StageSaves.picture(f.pane, png)).isTrue();
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
            assertThat(reader.getWidth(0)).isEqualTo(StageSaves.ANIMATION_WIDTH);
        }
    }

    /** The same 10 frames as a WebM video from the app: VP9, 800×450, 10 frames at 10 fps, so 1 s long. */
    @Test
    void aVideoHasTheSameFramesAsTheGif(FxRobot robot) throws Exception {
        Path webm = dir.resolve("roll-c.webm");
        assertThat(saveAt100x(robot, webm, AnimationFormat.WEBM)).isEqualTo(10);
        Ffprobe video = Ffprobe.of(webm);
        assertThat(video.codec()).isEqualTo("vp9");
        assertThat(video.width()).isEqualTo(StageSaves.ANIMATION_WIDTH);
        assertThat(video.height()).isEqualTo(StageSaves.ANIMATION_HEIGHT);
        assertThat(video.frames()).isEqualTo(10);
        assertThat(video.seconds()).isCloseTo(1.0, within(0.05));
    }

    /**
     * At 1× a save of the 90 s scenario has 901 frames; cancelled once the first are written, it
     * stops, the dialog closes, and the old file is still there with nothing beside it.
     */
    @Test
    void aSaveInProgressCanBeCancelledAndKeepsTheOldFile(FxRobot robot) throws Exception {
        Path gif = dir.resolve("roll-c.gif");
        Files.writeString(gif, "the old animation");
        AnimationSave[] save = new AnimationSave[1];
        robot.interact(() -> {
            f.pane.model().timeline().setSpeed(1);
            save[0] = StageSaves.animation(f.pane, gif, AnimationFormat.GIF).orElseThrow();
            SaveProgress.run(f.pane, f.pane.model().texts(), save[0]);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> filesIn(dir) == 2); // its partial file beside the old one

        robot.clickOn("Cancel");
        // the task is marked cancelled at once; its thread then stops at the next frame and removes its partial file
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> filesIn(dir) == 1);

        assertThat(save[0].isCancelled()).isTrue();
        assertThat(robot.lookup("#save-progress").tryQuery()).isEmpty();
        assertThat(Files.readString(gif)).isEqualTo("the old animation");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(gif);
        }
    }

    private static long filesIn(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    /** Saves the animation at 100× from the app, as the menu does (off the FX thread); the frames written. */
    private int saveAt100x(FxRobot robot, Path file, AnimationFormat format) throws Exception {
        AnimationSave[] save = new AnimationSave[1];
        robot.interact(() -> {
            f.pane.model().timeline().setSpeed(100);
            save[0] = StageSaves.animation(f.pane, file, format).orElseThrow();
        });
        Thread worker = new Thread(save[0]);
        worker.start();
        return save[0].get(60, TimeUnit.SECONDS);
    }
}
