package dev.rollscope.app.playback.picture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javax.imageio.ImageIO;

/** A PNG of the stage at one moment, cropped to what is drawn (with a small margin). */
public final class StagePng {

    private static final int MARGIN = 12;

    private StagePng() {
    }

    /** Writes the stage of {@code picture} at time t; call on the FX thread. @return the size written, w×h */
    public static Rectangle2D write(StagePicture picture, long t, Path file) throws IOException {
        int[] argb = picture.argb(t);
        Rectangle2D crop = crop(picture, argb);
        int w = (int) crop.getWidth();
        int h = (int) crop.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, (int) crop.getMinY() * picture.width() + (int) crop.getMinX(), picture.width());
        if (!ImageIO.write(out, "png", file.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        return crop;
    }

    /** What the pixels {@code argb} of {@code picture} are cropped to: what is drawn, with a small margin. */
    static Rectangle2D crop(StagePicture picture, int[] argb) {
        return ContentCrop.of(argb, picture.width(), picture.background(), MARGIN);
    }
}
