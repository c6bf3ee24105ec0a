package dev.rollscope.app.playback.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.playback.Examples;
import dev.rollscope.model.sim.InstanceState;
import dev.rollscope.model.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/**
 * States read from the traces of the A/B/C/D examples. Stations: 0 client, 1 GFE, 2 A, 3 B, 4 C,
 * 5 D. Instances by creation: A.1–A.3 = 0–2, B.1–B.3 = 3–5, C.1–C.2 = 6–7, D.1–D.3 = 8–10, then the
 * new C pods C.3 = 11, C.4 = 12. Client 10 Mbit/s up and 50 Mbit/s down, internal 1 Gbit/s: a 50 MB
 * body takes 40 000 ms from the client and 400 ms inside; 10 kB reach the client in 1.6 ms.
 */
class PlayheadTest {

    private static final int CLIENT = 0;
    private static final int A = 2;
    private static final int C = 4;
    private static final int D = 5;
    private static final int POST = 0;
    private static final int GET = 1;

    private final Playhead zeroDowntime = new Playhead(Examples.run("abcd-zero-downtime.json", "roll C"));
    private final Playhead defaults = new Playhead(Examples.run("abcd-defaults.json", "roll C"));

    /** The POST leaves the client at 9 000 and A has all of it 40 000 ms later: halfway at 29 000. */
    @Test
    void uploadFromTheClientIsHalfwayAtHalfItsDuration() {
        RequestView v = zeroDowntime.request(POST, 29_000);

        assertThat(v.phase()).isEqualTo(RequestPhase.UPLOADING);
        assertThat(v.from()).isEqualTo(CLIENT);
        assertThat(v.to()).isEqualTo(A);
        assertThat(v.progress()).isEqualTo(0.5);
        assertThat(v.bytes()).isEqualTo(50_000_000L);
    }

    /** A buffered the whole body at 49 000 and sends it through B to Kong in 400 ms. */
    @Test
    void bufferedBodyMovesFromAToKongAfterTheUpload() {
        RequestView v = zeroDowntime.request(POST, 49_200);

        assertThat(v.phase()).isEqualTo(RequestPhase.UPLOADING);
        assertThat(v.from()).isEqualTo(A);
        assertThat(v.to()).isEqualTo(C);
        assertThat(v.progress()).isEqualTo(0.5);
        assertThat(zeroDowntime.result().instances().get(v.toInstance()).id()).startsWith("C.");
    }

    /** D has the body at 49 800 (two internal legs of 400 ms) and takes 5 000 ms: 60 % done at 52 800. */
    @Test
    void applicationProcessingShowsItsShareDone() {
        RequestView v = zeroDowntime.request(POST, 52_800);

        assertThat(v.phase()).isEqualTo(RequestPhase.PROCESSING);
        assertThat(v.station()).isEqualTo(D);
        assertThat(v.progress()).isEqualTo(0.6);
    }

    /** The GET's 10 kB response leaves A at 51 100 and reaches the client at 51 102. */
    @Test
    void responseTravelsBackToTheClient() {
        RequestView v = defaults.request(GET, 51_101);

        assertThat(v.phase()).isEqualTo(RequestPhase.RESPONDING);
        assertThat(v.from()).isEqualTo(A);
        assertThat(v.to()).isEqualTo(CLIENT);
        assertThat(v.progress()).isEqualTo(0.5);
    }

    /** client_max_body_size 1m at A refuses the 50 MB POST the moment it arrives, at 9 000, on A.1. */
    @Test
    void rejectedPostIsFailedAtAWith413FromItsStart() {
        RequestView before = defaults.request(POST, 8_999);
        RequestView after = defaults.request(POST, 9_000);

        assertThat(before.phase()).isEqualTo(RequestPhase.NOT_SENT);
        assertThat(after.phase()).isEqualTo(RequestPhase.FAILED);
        assertThat(after.station()).isEqualTo(A);
        assertThat(after.instance()).isZero();
        assertThat(after.status()).isEqualTo(413);
    }

    /** A failed request stays on the stage; one that ended well leaves DONE_LINGER ms after its end. */
    @Test
    void failedRequestsStayVisibleAndFinishedOnesLeave() {
        PlayheadState at52602 = defaults.state(51_102 + Playhead.DONE_LINGER);
        PlayheadState at52603 = defaults.state(51_102 + Playhead.DONE_LINGER + 1);

        assertThat(at52602.requests()).extracting(RequestView::request).containsExactly(POST, GET);
        assertThat(at52603.requests()).extracting(RequestView::request).containsExactly(POST);
        assertThat(at52603.requests().get(0).phase()).isEqualTo(RequestPhase.FAILED);
    }

    /**
     * C rolls at 40 000: C.3 starts and is ready at 50 000, when C.2 is deleted. In front of C is a
     * GKE Service's NLB with externalTrafficPolicy Cluster (§10): kube-proxy learns of either
     * endpoint change 1 s later, so at 50 500 it still routes to the leaving C.2 and not yet to C.3;
     * at 51 000 it has swapped them.
     */
    @Test
    void frontLagsTheInstanceStatesByItsPropagationDelay() {
        InstanceView c2before = defaults.instances(50_500).get(7);
        InstanceView c3before = defaults.instances(50_500).get(11);
        InstanceView c2after = defaults.instances(51_000).get(7);
        InstanceView c3after = defaults.instances(51_000).get(11);

        assertThat(c2before.state()).isEqualTo(InstanceState.TERMINATING);
        assertThat(c2before.routable()).isTrue();
        assertThat(c3before.state()).isEqualTo(InstanceState.READY);
        assertThat(c3before.version()).isEqualTo(2);
        assertThat(c3before.routable()).isFalse();
        assertThat(c2after.routable()).isFalse();
        assertThat(c3after.routable()).isTrue();
    }

    /** C.3 does not exist before the roll starts at 40 000. */
    @Test
    void newInstanceDoesNotExistBeforeItIsCreated() {
        assertThat(defaults.instances(39_999).get(11).exists()).isFalse();
        assertThat(defaults.instances(40_000).get(11).state()).isEqualTo(InstanceState.STARTING);
    }

    /** After the POST fails at 9 000 nothing happens until the roll starts at 40 000. */
    @Test
    void stepsGoFromEventTimeToEventTime() {
        assertThat(defaults.nextEventTime(9_000)).isEqualTo(40_000);
        assertThat(defaults.previousEventTime(40_000)).isEqualTo(9_000);
        assertThat(defaults.previousEventTime(9_000)).isZero();
    }

    /** Three of the GET's events happen at 51 102: the client's receipt, the verdict, the GFE's timer. */
    @Test
    void eventsOfARequestStopAtThePlayhead() {
        SimulationResult r = defaults.result();

        assertThat(defaults.eventsOf(GET, 50_999)).isEmpty();
        assertThat(defaults.eventsOf(GET, 51_101)).hasSize(r.trace().forRequest(GET).size() - 3);
        assertThat(defaults.eventsOf(GET, 51_102)).hasSize(r.trace().forRequest(GET).size());
    }
}
