package dev.rollscope.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.units.TimeSpan;
import org.junit.jupiter.api.Test;

/** A scenario's moments are finite and within the longest horizon (30 days), for the reader and the app's forms alike. */
class MomentsTest {

    @Test
    void theHorizonItselfIsTheLatestMoment() {
        assertThat(Moments.parse("24h", Moments.REQUEST_START)).isEqualTo(TimeSpan.ofMillis(86_400_000L));
        assertThat(Moments.parse("0s", Moments.REQUEST_START)).isEqualTo(TimeSpan.ZERO);
    }

    @Test
    void oneMillisecondPastTheLongestHorizonIsRefused() {
        assertThat(Moments.parse("86400001ms", Moments.DISRUPTION_AT)).isEqualTo(TimeSpan.ofMillis(86_400_001L));
        assertThatThrownBy(() -> Moments.parse("2592000001ms", Moments.DISRUPTION_AT))
                .hasMessage("a disruption's at is at most " + Scenario.MAX_HORIZON.toHuman()
                        + ", the longest horizon, not 2592000001ms");
    }

    @Test
    void noneIsNoMoment() {
        assertThatThrownBy(() -> Moments.parse("none", Moments.TRAFFIC_UNTIL))
                .hasMessage("traffic's until cannot be none: write a time like 60s");
    }
}
