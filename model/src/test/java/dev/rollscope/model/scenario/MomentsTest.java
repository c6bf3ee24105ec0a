package dev.rollscope.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.units.TimeSpan;
import org.junit.jupiter.api.Test;

/** A scenario's moments are finite and within the 24 h horizon, for the reader and the app's forms alike. */
class MomentsTest {

    @Test
    void theHorizonItselfIsTheLatestMoment() {
        assertThat(Moments.parse("24h", "a request's start")).isEqualTo(TimeSpan.ofMillis(86_400_000L));
        assertThat(Moments.parse("0s", "a request's start")).isEqualTo(TimeSpan.ZERO);
    }

    @Test
    void oneMillisecondPastTheHorizonIsRefused() {
        assertThatThrownBy(() -> Moments.parse("86400001ms", "a disruption's at"))
                .hasMessage("a disruption's at is at most 24h, the simulation's horizon, not 86400001ms");
    }

    @Test
    void noneIsNoMoment() {
        assertThatThrownBy(() -> Moments.parse("none", "traffic's until"))
                .hasMessage("traffic's until cannot be none: write a time like 60s");
    }
}
