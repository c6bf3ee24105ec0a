package dev.rollscope.app.playback.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Frames of an animation: 0 to 60 s at 1× and 10 fps is one frame every 100 ms, both ends included. */
class AnimationTest {

    @Test
    void aMinuteAtTenFramesASecondHas601Frames() {
        Animation a = new Animation(0, 60_000, 1, 10);

        assertThat(a.frames()).isEqualTo(601);
        assertThat(a.timeOf(1)).isEqualTo(100);
        assertThat(a.timeOf(600)).isEqualTo(60_000);
    }

    /** At 4× and 5 fps a frame covers 800 ms: 40 s to 50 s is 12.5 steps, so 13 frames, the last at 49.6 s. */
    @Test
    void speedStretchesTheStepBetweenFrames() {
        Animation a = new Animation(40_000, 50_000, 4, 5);

        assertThat(a.frames()).isEqualTo(13);
        assertThat(a.timeOf(12)).isEqualTo(49_600);
    }

    @Test
    void anEmptyOrBackwardRangeIsRefused() {
        assertThatThrownBy(() -> new Animation(5_000, 5_000, 1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Animation(0, 5_000, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
