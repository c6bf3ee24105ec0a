package dev.rollscope.app.playback.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shown part of a 90 s simulation. */
class TimeWindowTest {

    private final TimeWindow window = new TimeWindow(90_000);

    @Test
    void showsEverythingAtFirstWithTicksEvery10sOn800Px() {
        assertThat(window.from()).isZero();
        assertThat(window.to()).isEqualTo(90_000);
        assertThat(window.tick(800)).isEqualTo(10_000);
    }

    /** Zooming in 4× around 60 s, which sits at two thirds: 22.5 s shown, 60 s still at two thirds. */
    @Test
    void zoomKeepsTheTimeUnderTheMouseInPlace() {
        window.zoom(0.25, 60_000);

        assertThat(window.span()).isEqualTo(22_500);
        assertThat(window.from()).isEqualTo(45_000);
        assertThat(window.to()).isEqualTo(67_500);
        assertThat(window.tick(800)).isEqualTo(2_000);
    }

    /** A 75 s simulation shown whole, then a 90 s one (another file or scenario): all 90 s, not the first 75. */
    @Test
    void aWindowShowingAllOfItsTimeGivesTheNextSimulationAllOfItsOwn() {
        TimeWindow next = TimeWindow.after(new TimeWindow(75_000), 90_000);

        assertThat(next.from()).isZero();
        assertThat(next.to()).isEqualTo(90_000);
    }

    /** After zooming to 22.5 s from 45 s, an edit re-simulates: the same 22.5 s stay in view. */
    @Test
    void aZoomedWindowKeepsItsSpanAndPlaceForTheNextSimulation() {
        window.zoom(0.25, 60_000);

        TimeWindow next = TimeWindow.after(window, 100_000);

        assertThat(next.from()).isEqualTo(45_000);
        assertThat(next.to()).isEqualTo(67_500);
    }

    @Test
    void panningStopsAtTheEndsAndKeepsTheSpan() {
        window.zoom(0.25, 60_000);

        window.pan(100_000);
        assertThat(window.to()).isEqualTo(90_000);
        assertThat(window.span()).isEqualTo(22_500);
        window.pan(-200_000);
        assertThat(window.from()).isZero();
    }

    @Test
    void zoomStopsAtHalfASecondAndAtTheWhole() {
        window.zoom(0.0001, 10_000);
        assertThat(window.span()).isEqualTo(TimeWindow.MIN_SPAN);
        window.zoom(1_000, 10_000);
        assertThat(window.span()).isEqualTo(90_000);
    }

    @Test
    void followingThePlayheadBringsItIntoView() {
        window.zoom(0.25, 0);

        window.follow(30_000);

        assertThat(window.to()).isEqualTo(30_000);
        assertThat(window.span()).isEqualTo(22_500);
    }
}
