package dev.rollscope.app.playback.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An animated GIF written and read back with the JDK's own reader. */
class GifWriterTest {

    @TempDir
    Path dir;

    /** The cube's corners: black is entry 0, white entry 5·42 + 6·6 + 5 = 251, pure red 5·42 = 210. */
    @Test
    void coloursMapToTheirCellOfTheCube() {
        assertThat(GifWriter.colourIndex(0xff000000)).isZero();
        assertThat(GifWriter.colourIndex(0xffffffff)).isEqualTo(251);
        assertThat(GifWriter.colourIndex(0xffff0000)).isEqualTo(210);
    }

    @Test
    void framesComeBackWithTheirSizeDelayAndColours() throws Exception {
        Path file = dir.resolve("a.gif");
        int[] red = new int[6 * 4];
        int[] white = new int[6 * 4];
        Arrays.fill(red, 0xffff0000);
        Arrays.fill(white, 0xffffffff);
        try (GifWriter gif = new GifWriter(file, 4)) {
            gif.add(red, 6, 4);
            gif.add(white, 6, 4);
            gif.add(red, 6, 4);
            gif.commit();
        }

        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
            BufferedImage second = reader.read(1);
            assertThat(second.getWidth()).isEqualTo(6);
            assertThat(second.getRGB(2, 2)).isEqualTo(0xffffffff);
            assertThat(reader.read(2).getRGB(0, 0)).isEqualTo(0xffff0000);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertThat(control.getAttribute("delayTime")).isEqualTo("25");
        }
    }
}
