package dev.rollscope.app.playback.picture;

import dev.rollscope.app.playback.PlaybackModel;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.app.playback.teach.TeachingScript;
import dev.rollscope.app.playback.teach.TeachingStop;
import dev.rollscope.app.playback.view.Palette;
import dev.rollscope.app.playback.view.PlaybackCanvas;
import dev.rollscope.app.playback.view.Pen;
import dev.rollscope.app.theme.Fonts;
import dev.rollscope.model.sim.SimulationResult;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The stage of a simulation drawn off screen at any moment, at any size, with the caption of that
 * moment burnt in below it (what the teaching walk says last at or before it), for pictures and
 * animations: nothing of the window around it (no toolbars). Use on the FX thread.
 */
public final class StagePicture {

    /** The height of the caption strip below the stage. */
    static final double CAPTION = 34;

    private final PlaybackModel model;
    private final PlaybackCanvas stage;
    private final List<TeachingStop> captions;
    private final Palette palette;
    private final Font font;
    private final int width;
    private final int height;
    private final Canvas caption;
    private final Pane frame;
    private final SnapshotParameters params = new SnapshotParameters();
    private final int[] pixels;
    private WritableImage buffer;

    /**
     * A picture {@code width} by {@code height} pixels of {@code result}, in the language of {@code texts},
     * with the captions of the teaching walk.
     */
    public StagePicture(SimulationResult result, PlaybackTexts texts, Palette palette, int width, int height) {
        this(result, texts, palette, width, height,
                TeachingScript.of(result, texts).stream().filter(s -> !s.isQuestion()).toList());
    }

    /** As above, with {@code captions} (a lesson's, say): at each moment the last one at or before it. */
    public StagePicture(SimulationResult result, PlaybackTexts texts, Palette palette, int width, int height,
                        List<TeachingStop> captions) {
        this.model = new PlaybackModel(texts);
        this.palette = palette;
        this.width = width;
        this.height = height;
        model.load(result);
        stage = new PlaybackCanvas(model);
        stage.paletteProperty().set(palette);
        stage.resize(width, height - CAPTION);
        stage.layout();
        this.captions = List.copyOf(captions);
        font = Font.font(Fonts.familyFor(texts.locale()).orElse(Font.getDefault().getFamily()), 15);
        caption = new Canvas(width, CAPTION);
        caption.setLayoutY(height - CAPTION);
        frame = new Pane(stage, caption);
        frame.resize(width, height);
        params.setFill(palette.background());
        pixels = new int[width * height];
    }

    /** Hides the verdicts and failure marks (while a lesson's question is open), or shows them again. */
    public void hideAnswers(boolean hidden) {
        model.answersHiddenProperty().set(hidden);
    }

    /** The background colour as an opaque ARGB value. */
    public int background() {
        Color c = palette.background();
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The stage at time t with its caption, as ARGB pixels row by row (the same array each time). */
    public int[] argb(long t) {
        WritableImage image = image(t);
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return pixels;
    }

    /** The stage at time t with its caption (the same image object each time, drawn again). */
    public WritableImage image(long t) {
        model.timeline().seek(t);
        stage.redraw();
        caption(Pen.on(caption.getGraphicsContext2D()), t);
        buffer = frame.snapshot(params, buffer);
        return buffer;
    }

    /** Draws the stage at time t with its caption with {@code g}: what {@link #image} shows, as drawing calls. */
    public void paint(Pen g, long t) {
        model.timeline().seek(t);
        stage.paint(g, width, height - CAPTION);
        g.save();
        g.translate(0, height - CAPTION);
        caption(g, t);
        g.restore();
    }

    private void caption(Pen g, long t) {
        g.setFill(palette.background());
        g.fillRect(0, 0, width, CAPTION);
        g.setFill(palette.text());
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(captionAt(t), 10, CAPTION / 2, width - 20);
    }

    /** The last caption at or before t, "" before the first. */
    String captionAt(long t) {
        String out = "";
        for (TeachingStop s : captions) {
            if (s.time() > t) {
                break;
            }
            out = s.caption();
        }
        return out;
    }
}
