package dev.rollscope.app.playback.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Cropping a 10×8 picture of white (0xffffffff) to what is drawn on it, with a margin. */
class ContentCropTest {

    private static final int WHITE = 0xffffffff;
    private final int[] pixels = new int[80];

    {
        Arrays.fill(pixels, WHITE);
    }

    @Test
    void cropsToTheDrawnPixelsGrownByTheMargin() {
        pixels[3 * 10 + 4] = 0xff000000;
        pixels[5 * 10 + 6] = 0xff000000;

        assertThat(ContentCrop.of(pixels, 10, WHITE, 1)).isEqualTo(new Rectangle2D(3, 2, 5, 5));
    }

    @Test
    void theMarginStopsAtTheEdges() {
        pixels[0] = 0xff000000;

        assertThat(ContentCrop.of(pixels, 10, WHITE, 3)).isEqualTo(new Rectangle2D(0, 0, 4, 4));
    }

    @Test
    void anEmptyPictureIsKeptWhole() {
        assertThat(ContentCrop.of(pixels, 10, WHITE, 2)).isEqualTo(new Rectangle2D(0, 0, 10, 8));
    }
}
