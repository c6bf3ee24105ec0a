package dev.rollscope.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reloading after an edit: abcd-defaults' "roll C" (ends at 90 s), then abcd-zero-downtime's (ends at 100 s). */
class PlaybackModelTest {

    private final PlaybackModel model = new PlaybackModel(new PlaybackTexts(Messages.of(Locale.ENGLISH)));

    @Test
    void firstSimulationStartsAtZeroWithNothingSelected() {
        model.load(Examples.run("abcd-defaults.json", "roll C"));

        assertThat(model.timeline().time()).isZero();
        assertThat(model.selectedRequestProperty().get()).isEqualTo(-1);
    }

    @Test
    void reloadKeepsTimeSpeedLoopAndSelection() {
        model.load(Examples.run("abcd-defaults.json", "roll C"));
        model.timeline().seek(52_000);
        model.timeline().setSpeed(4);
        model.timeline().loopProperty().set(true);
        model.selectedRequestProperty().set(1);

        model.load(Examples.run("abcd-zero-downtime.json", "roll C"));

        assertThat(model.timeline().time()).isEqualTo(52_000);
        // the last thing that acts: C.1's grace period, 30 s after its removal at 60 s (kubelet's SIGKILL timer)
        assertThat(model.timeline().endTime()).isEqualTo(90_000);
        assertThat(model.timeline().speedProperty().get()).isEqualTo(4);
        assertThat(model.timeline().loopProperty().get()).isTrue();
        assertThat(model.selectedRequestProperty().get()).isEqualTo(1);
    }

    @Test
    void reloadPausesTheOldTimeline() {
        model.load(Examples.run("abcd-defaults.json", "roll C"));
        var old = model.timeline();
        old.play();

        model.load(Examples.run("abcd-defaults.json", "roll C"));

        assertThat(old.playingProperty().get()).isFalse();
    }
}
