package dev.rollscope.app.playback.picture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;

/**
 * An SVG of the stage at one moment: the same drawing as {@link StagePng}, with shapes as shapes and
 * texts as text, its view box cropped to what is drawn (the bounds the PNG is cut to).
 */
public final class StageSvg {

    private StageSvg() {
    }

    /** Writes the stage of {@code picture} at time t; call on the FX thread. @return the view box written */
    public static Rectangle2D write(StagePicture picture, long t, Path file) throws IOException {
        Rectangle2D crop = StagePng.crop(picture, picture.argb(t));
        SvgPen svg = new SvgPen();
        picture.paint(svg, t);
        Files.writeString(file, svg.document(crop), StandardCharsets.UTF_8);
        return crop;
    }
}
