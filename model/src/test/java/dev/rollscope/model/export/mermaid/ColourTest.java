package dev.rollscope.model.export.mermaid;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColourTest {

    @Test
    void writesOpaqueColoursAsNormalisedRgb() {
        assertThat(Colour.rgb(200, 220, 255).css()).isEqualTo("rgb(200, 220, 255)");
    }

    @Test
    void writesTranslucentColoursAsRgbaWithShortestOpacity() {
        assertThat(Colour.rgba(255, 0, 0, 0.5).css()).isEqualTo("rgba(255, 0, 0, 0.5)");
        assertThat(Colour.rgba(255, 0, 0, 0.125).css()).isEqualTo("rgba(255, 0, 0, 0.125)");
    }

    @Test
    void writesAnOpacityThatRoundsToOneAsRgb() {
        assertThat(Colour.rgba(1, 2, 3, 0.9999).css()).isEqualTo("rgb(1, 2, 3)");
    }

    @Test
    void writesTransparentByName() {
        assertThat(Colour.TRANSPARENT.css()).isEqualTo("transparent");
    }

    @Test
    void rejectsChannelsOutsideTheByteRange() {
        assertThatThrownBy(() -> Colour.rgb(256, 0, 0)).hasMessageContaining("red").hasMessageContaining("256");
    }

    @Test
    void rejectsOpacityOutsideZeroToOne() {
        assertThatThrownBy(() -> Colour.rgba(0, 0, 0, 1.5)).hasMessageContaining("1.5");
        assertThatThrownBy(() -> Colour.rgba(0, 0, 0, Double.NaN)).hasMessageContaining("NaN");
    }
}
