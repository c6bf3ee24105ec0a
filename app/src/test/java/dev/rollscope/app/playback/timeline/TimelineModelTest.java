package dev.rollscope.app.playback.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rollscope.app.playback.Examples;
import dev.rollscope.app.playback.state.Playhead;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The timeline of abcd-defaults' "roll C": the POST fails at 9 000, C rolls from 40 000 (C.2
 * deleted at 50 000, C.1 at 60 000, roll finished at 60 000), the simulation ends at 90 000.
 */
class TimelineModelTest {

    private final TimelineModel timeline = new TimelineModel(new Playhead(Examples.run("abcd-defaults.json", "roll C")));

    @Test
    void playingAdvancesBySpeedTimesRealTime() {
        timeline.setSpeed(10);
        timeline.play();

        timeline.advance(100);

        assertThat(timeline.time()).isEqualTo(1_000);
    }

    @Test
    void pausedTimelineDoesNotMove() {
        timeline.advance(100);

        assertThat(timeline.time()).isZero();
    }

    @Test
    void playingStopsAtTheEndUnlessLooping() {
        timeline.setSpeed(100);
        timeline.play();
        timeline.advance(1_000);

        assertThat(timeline.time()).isEqualTo(90_000);
        assertThat(timeline.playingProperty().get()).isFalse();
    }

    @Test
    void loopingStartsAgainFromZero() {
        timeline.loopProperty().set(true);
        timeline.setSpeed(100);
        timeline.play();
        timeline.advance(1_000);

        assertThat(timeline.time()).isZero();
        assertThat(timeline.playingProperty().get()).isTrue();
    }

    @Test
    void speedIsClampedToItsRange() {
        timeline.setSpeed(1_000);
        assertThat(timeline.speedProperty().get()).isEqualTo(100);
        timeline.setSpeed(0.001);
        assertThat(timeline.speedProperty().get()).isEqualTo(0.1);
    }

    @Test
    void stepsMoveBetweenEventTimes() {
        timeline.seek(9_000);

        assertThat(timeline.stepForward()).isTrue();
        assertThat(timeline.time()).isEqualTo(40_000);
        timeline.stepBack();
        assertThat(timeline.time()).isEqualTo(9_000);
    }

    @Test
    void stepForwardFromTheLastEventSaysThereIsNoneAndStays() {
        timeline.seek(90_000);

        assertThat(timeline.stepForward()).isFalse();
        assertThat(timeline.time()).isEqualTo(90_000);
    }

    @Test
    void seekIsClampedToTheScenario() {
        timeline.seek(-5);
        assertThat(timeline.time()).isZero();
        timeline.seek(1_000_000);
        assertThat(timeline.time()).isEqualTo(90_000);
    }

    /** 31 000 ms to cover in 1 000 ms of real time: half the way after 500 ms, then it stops there. */
    @Test
    void playToArrivesInTheGivenRealTimeAndPauses() {
        timeline.seek(9_000);
        AtomicInteger arrivals = new AtomicInteger();

        timeline.playTo(40_000, 1_000, arrivals::incrementAndGet);
        timeline.advance(500);
        assertThat(timeline.time()).isEqualTo(24_500);
        timeline.advance(600);

        assertThat(timeline.time()).isEqualTo(40_000);
        assertThat(timeline.playingProperty().get()).isFalse();
        assertThat(arrivals).hasValue(1);
    }

    @Test
    void seekingCancelsAPlayTo() {
        AtomicInteger arrivals = new AtomicInteger();
        timeline.playTo(40_000, 1_000, arrivals::incrementAndGet);

        timeline.seek(5_000);
        timeline.play();
        timeline.advance(2_000);

        assertThat(arrivals).hasValue(0);
        assertThat(timeline.time()).isEqualTo(7_000);
    }

    @Test
    void markersShowTheRollStepsAndTheFailure() {
        assertThat(timeline.markers()).extracting(Marker::time, Marker::kind).containsExactly(
                tuple(9_000L, Marker.Kind.FAILURE),
                tuple(40_000L, Marker.Kind.DISRUPTION_STARTED),
                tuple(50_000L, Marker.Kind.REMOVAL_STARTED),
                tuple(60_000L, Marker.Kind.REMOVAL_STARTED),
                tuple(60_000L, Marker.Kind.DISRUPTION_FINISHED));
    }
}
