package dev.rollscope.app.playback.teach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.Examples;
import dev.rollscope.app.playback.PlaybackTexts;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The walk through abcd-defaults' "roll C": the POST (request 0) is refused at 9 s; C rolls at 40 s
 * (C.3 created), C.3 is ready and C.2 leaves with kong quit at 50 s (C.4 created), the GET is sent
 * at 51 s (when kube-proxy swaps C.2 for C.3, 1 s after the change) and answered at 51.102 s, C.1
 * leaves at 60 s, the swap of C.1 for C.4 at 61 s, C.2 stops at 65 s, C.1 stops at 75 s.
 */
class TeachingScriptTest {

    private final List<TeachingStop> stops = TeachingScript.of(Examples.run("abcd-defaults.json", "roll C"),
            new PlaybackTexts(Messages.of(Locale.ENGLISH)));

    @Test
    void stopsAtEachTimeSomethingThatMattersHappens() {
        assertThat(stops.stream().map(TeachingStop::time).distinct()).containsExactly(9_000L, 40_000L, 50_000L, 51_000L,
                51_102L, 60_000L, 61_000L, 65_000L, 75_000L);
    }

    @Test
    void eachStopTellsOneEventInOneSentence() {
        assertThat(stops).allSatisfy(s -> assertThat(s.caption()).doesNotContain("\n"));
    }

    /** Both requests are still open at 9 s; only the POST fails then. */
    @Test
    void asksWhichRequestFailsBeforeTheFailure() {
        TeachingStop q = stops.get(0);

        assertThat(q.isQuestion()).isTrue();
        assertThat(q.choices()).containsExactly(0, 1);
        assertThat(q.failing()).containsExactly(0);
    }

    @Test
    void captionTellsTheLeavingPodStillServesWhileItsFrontHasNotNoticed() {
        assertThat(stops.stream().filter(s -> s.time() == 50_000).map(TeachingStop::caption)).containsExactly(
                "C.3 passed its readiness check. Its Internal TCP LB will not send it anything until it notices.",
                "C.2 starts to leave (rollout). It still serves, and the Internal TCP LB still routes to it until it notices.",
                "C.2 runs its preStop hook (kong quit --wait=15s --timeout=10s) until 75.000 s.",
                "C.4 is created. It is starting and does not accept connections yet.");
    }

    /** A steady mix sends thousands of requests: only the one the user follows is narrated. */
    @Test
    void inATrafficMixOnlyTheFollowedRequestIsNarrated() {
        SimulationResult busy = Simulator.run(Examples.busyRollC().topology(),
                Examples.busyRollC().scenario("roll C").orElseThrow());
        String followed = busy.outcomes().get(7).requestId();

        List<TeachingStop> told = TeachingScript.of(busy, new PlaybackTexts(Messages.of(Locale.ENGLISH)), 7);

        assertThat(busy.requests()).hasSizeGreaterThan(TeachingScript.MAX_TOLD_REQUESTS);
        assertThat(told).filteredOn(s -> s.caption().startsWith("The client sends ")).singleElement()
                .satisfies(s -> assertThat(s.caption()).startsWith("The client sends " + followed + " ("));
        assertThat(told).noneMatch(TeachingStop::isQuestion);
    }
}
