package dev.rollscope.app.playback;

import dev.rollscope.app.playback.picture.Animation;
import dev.rollscope.app.playback.picture.AnimationFormat;
import dev.rollscope.app.playback.picture.AnimationSave;
import dev.rollscope.app.playback.picture.StagePicture;
import dev.rollscope.app.playback.picture.StagePng;
import dev.rollscope.app.playback.picture.StageSvg;
import dev.rollscope.app.playback.timeline.TimelineModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The stage of a {@link PlaybackPane} saved for docs: a picture of the moment shown, or the whole as an animation. */
public final class StageSaves {

    public static final int ANIMATION_WIDTH = 800;
    public static final int ANIMATION_HEIGHT = 450;
    public static final double ANIMATION_FPS = 10;

    private StageSaves() {
    }

    /**
     * Writes the stage at the time shown, as large as the canvas, cropped to what is drawn: as SVG
     * when the file's name ends with .svg, else as PNG.
     *
     * @return false when there is nothing to draw yet
     */
    public static boolean picture(PlaybackPane pane, Path file) throws IOException {
        TimelineModel t = pane.model().timeline();
        if (t == null) {
            return false;
        }
        StagePicture picture = new StagePicture(t.playhead().result(), pane.model().texts(),
                pane.paletteProperty().get(), (int) Math.max(640, pane.canvas().getWidth()),
                (int) Math.max(400, pane.canvas().getHeight()));
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            StageSvg.write(picture, t.time(), file);
        } else {
            StagePng.write(picture, t.time(), file);
        }
        return true;
    }

    /**
     * The save of the whole scenario as an animation of {@link #ANIMATION_WIDTH} by
     * {@link #ANIMATION_HEIGHT} at the speed set on the timeline, {@link #ANIMATION_FPS} frames a
     * second: a GIF, or a WebM or MP4 video (ffmpeg); to run off the FX thread. Empty when there is
     * nothing to draw yet.
     */
    public static Optional<AnimationSave> animation(PlaybackPane pane, Path file, AnimationFormat format) {
        TimelineModel t = pane.model().timeline();
        if (t == null || t.endTime() == 0) {
            return Optional.empty();
        }
        StagePicture picture = new StagePicture(t.playhead().result(), pane.model().texts(),
                pane.paletteProperty().get(), ANIMATION_WIDTH, ANIMATION_HEIGHT);
        return Optional.of(new AnimationSave(new Animation(0, t.endTime(), t.speedProperty().get(), ANIMATION_FPS),
                picture, file, format));
    }
}
