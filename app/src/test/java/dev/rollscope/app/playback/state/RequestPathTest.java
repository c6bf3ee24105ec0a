package dev.rollscope.app.playback.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.playback.Examples;
import dev.rollscope.app.playback.state.RequestPath.Link;
import dev.rollscope.model.sim.SimulationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 50 MB POST of failure-kong-quit's "roll C" (stations: 0 client, 1 the ALB in front of A,
 * 2 A, 3 B, 4 C, 5 D). Sent at 9 s, its body reaches A.1 at 49 s (40 s at 10 Mbit/s); A buffers
 * it, then streams it through B.2 (L4) to Kong on C.2, which buffers and sends it to D.1 by
 * 49.8 s; D.1 processes for 40 s. C rolls from 40 s: C.2 gets SIGQUIT at 50 s, waits 15 s and its
 * quit times out 10 s later, at 75 s, cutting the POST (502).
 */
class RequestPathTest {

    private static final SimulationResult RESULT = Examples.run("failure-kong-quit.json", "roll C");
    private final Playhead playhead = new Playhead(RESULT);

    private List<String> instances(RequestPath path) {
        return path.stops().stream().map(s -> s.instance() < 0 ? "-" : RESULT.instances().get(s.instance()).id())
                .toList();
    }

    @Test
    void beforeItIsSentThereIsNoPath() {
        assertThat(playhead.path(0, 8_999).stops()).isEmpty();
    }

    @Test
    void whileTheBodyUploadsThePathEndsAtA1AndSends() {
        RequestPath path = playhead.path(0, 45_000);

        assertThat(instances(path)).containsExactly("-", "-", "A.1");
        assertThat(path.state()).isEqualTo(Link.SENDING_BODY);
    }

    /** The moment of the issue: the token sits at D.1 while C.2, which holds the connection, is stopping. */
    @Test
    void at70sTheConnectionRunsThroughC2ToD1AndWaits() {
        RequestPath path = playhead.path(0, 70_000);

        assertThat(path.stops()).extracting(RequestPath.Stop::station).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(instances(path)).containsExactly("-", "-", "A.1", "B.2", "C.2", "D.1");
        assertThat(path.link(4)).isEqualTo(Link.WAITING);
        assertThat(playhead.instances(70_000).get(7).state()).isNotIn(null, dev.rollscope.model.sim.InstanceState.READY);
    }

    @Test
    void at75sTheLinkIntoC2IsCutAndTheOnesBeforeItWait() {
        RequestPath path = playhead.path(0, 75_000);

        assertThat(instances(path)).containsExactly("-", "-", "A.1", "B.2", "C.2");
        assertThat(path.links()).isEqualTo(4);
        assertThat(path.link(4)).isEqualTo(Link.CUT);
        assertThat(path.link(3)).isEqualTo(Link.WAITING);
    }
}
