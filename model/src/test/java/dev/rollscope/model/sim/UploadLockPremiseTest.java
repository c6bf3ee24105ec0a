package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.crash;
import static dev.rollscope.model.sim.Fixtures.kong;
import static dev.rollscope.model.sim.Fixtures.nginx;
import static dev.rollscope.model.sim.Fixtures.post;
import static dev.rollscope.model.sim.Fixtures.runtime;
import static dev.rollscope.model.sim.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The premise on which tusd's per-process locks (domain.md §13) are left out of the engine: two
 * attempts of one upload never overlap at D, because whatever breaks an attempt ends it at every hop
 * at once, and the client sends its next attempt only after that. Checked where it could fail: the
 * chain breaks at A, B or C while D is still reading the chunk or still processing it, the upload
 * in shared storage and D with three pods (a lock on one pod would not stop an attempt on another).
 *
 * <p>Chain: GFE (backend timeout 300 s), A (2 VMs, streams the body), B (2 VMs, nginx stream), C
 * (2 Kong pods, streams the body), D (3 pods behind Kong). A 10 MB tus upload in 2 MB chunks from
 * 0: the first PATCH goes GFE → A.1 → B.1 → C.2 → D.1; its body streams from 0 to 1 600 (2 MB at
 * 10 Mbit/s), D.1 has it at 1 600 and processes it until 3 600 (2 s). A crash at 800 breaks the
 * chain while D.1 reads; at 2 500 while it processes. Station 5 is D.
 */
class UploadLockPremiseTest {

    private static final int D = 5;
    private static final int D1 = 6;

    /**
     * @param timeouts A's and C's upstream send/read timeouts (60 s: nginx's and Kong's defaults;
     *                 600 s: the GFE's 300 s budget ends first)
     */
    private static Topology chain(TimeSpan timeouts) {
        Hop a = nginx("A", 2).with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(ProxySettings.REQUEST_BUFFERING, false)
                .with(ProxySettings.UPSTREAM_SEND_TIMEOUT, timeouts)
                .with(ProxySettings.UPSTREAM_READ_TIMEOUT, timeouts)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop b = Hop.of("B", "B stream", HopKind.NGINX_L4, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 2);
        Hop c = kong("C", FrontKind.GCP_INTERNAL_TCP_LB, 2).with(ProxySettings.REQUEST_BUFFERING, false)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(ProxySettings.UPSTREAM_SEND_TIMEOUT, timeouts)
                .with(ProxySettings.UPSTREAM_READ_TIMEOUT, timeouts);
        return Fixtures.chain(a, b, c, runtime("D", FrontKind.KONG_UPSTREAM, 3));
    }

    private static List<TraceEvent> trace(Topology t, String hop, int instance, long at, Protocol protocol) {
        var upload = post("UP", 10_000_000L, 0, 2_000).withResumable(new ResumableUpload(protocol,
                ByteSize.ofBytes(protocol == Protocol.TUS ? 2_000_000 : 2L << 20), null, null, Storage.SHARED));
        return Simulator.run(t, scenario(List.of(crash(hop, instance, at)), upload)).trace().forRequest(0);
    }

    /** The request's events split at each REQUEST_SENT: one list per attempt. */
    private static List<List<TraceEvent>> attempts(List<TraceEvent> events) {
        List<List<TraceEvent>> out = new ArrayList<>();
        for (TraceEvent e : events) {
            if (e.type() == TraceEventType.REQUEST_SENT) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(e);
        }
        return out;
    }

    private static boolean atD(TraceEvent e) {
        return e.station() == D || e.peerStation() == D;
    }

    /**
     * The first attempt touches D only up to {@code brokeAt} (nothing of it at D afterwards: no more
     * bytes, no answer), is over for the client at {@code over} (it decides to retry), and the next
     * attempt reaches D (C connects to a D pod) at {@code next}, on a pod other than D.1, and not
     * before {@code over}.
     */
    private static void assertNoOverlap(List<TraceEvent> events, long brokeAt, long over, long next) {
        List<List<TraceEvent>> attempts = attempts(events);
        List<TraceEvent> first = attempts.get(0);
        List<TraceEvent> second = attempts.get(1);
        assertThat(first.stream().filter(UploadLockPremiseTest::atD).mapToLong(TraceEvent::time).max().orElseThrow())
                .isLessThanOrEqualTo(brokeAt);
        assertThat(first).noneMatch(e -> e.type() == TraceEventType.RESPONSE_STARTED && e.station() == D);
        assertThat(first).filteredOn(e -> e.type() == TraceEventType.UPLOAD_NEXT).singleElement()
                .matches(e -> e.time() == over && e.detail().startsWith("retry:"), "the retry decided at " + over);
        TraceEvent reach = second.stream().filter(e -> e.type() == TraceEventType.CONNECTED && e.peerStation() == D)
                .findFirst().orElseThrow();
        assertThat(reach.time()).isEqualTo(next).isGreaterThanOrEqualTo(over);
        assertThat(reach.peerInstance()).isNotEqualTo(D1);
        assertThat(second.get(0).time()).isEqualTo(next);
    }

    /**
     * A.1 (a VM) dies at 800 while D.1 reads, or at 2 500 while it processes: the GFE hears
     * nothing more from A.1 and answers 502 when its 300 s budget runs out (A's and C's timeouts
     * are set longer; a dead A.1 passes nothing on, whatever they do): at 300 000.
     * tus-js-client's first delay is 0: its HEAD reaches D at 300 000.
     */
    @Test
    void aCutAtAEndsTheAttemptAtDBeforeTheNextReachesD() {
        Topology t = chain(TimeSpan.ofSeconds(600));
        assertNoOverlap(trace(t, "A", 0, 800, Protocol.TUS), 800, 300_000, 300_000);
        assertNoOverlap(trace(t, "A", 0, 2_500, Protocol.TUS), 2_500, 300_000, 300_000);
    }

    /**
     * B.1 (a VM) dies: A hears nothing more. At 800 A was still sending the body: its
     * proxy_send_timeout (60 s after its last write at 800) answers 504 at 60 800. At 2 500 A had
     * sent it all at 1 600: its proxy_read_timeout (60 s from then) answers 504 at 61 600. The
     * HEAD after 0 ms reaches D then.
     */
    @Test
    void aCutAtBEndsTheAttemptAtDBeforeTheNextReachesD() {
        Topology t = chain(TimeSpan.ofSeconds(60));
        assertNoOverlap(trace(t, "B", 0, 800, Protocol.TUS), 800, 60_800, 60_800);
        assertNoOverlap(trace(t, "B", 0, 2_500, Protocol.TUS), 2_500, 61_600, 61_600);
    }

    /**
     * The Kong pod C.2 dies: B passes the close on and A answers 502 at once, at 800 or 2 500,
     * while D.1 still reads (until 1 600) or processes (until 3 600). This is the case where a
     * still-open PATCH on D.1 could meet the next attempt: the engine ends D.1's part at the cut,
     * so tus's HEAD after 0 ms reaches another pod at the same moment, never earlier; the GCS
     * client's re-sent PUT (2 MiB chunks) comes 100 ms later, at 900 or 2 600.
     */
    @Test
    void aCutAtCEndsTheAttemptAtDBeforeTheNextReachesD() {
        Topology t = chain(TimeSpan.ofSeconds(60));
        assertNoOverlap(trace(t, "C", 1, 800, Protocol.TUS), 800, 800, 800);
        assertNoOverlap(trace(t, "C", 1, 2_500, Protocol.TUS), 2_500, 2_500, 2_500);
        assertNoOverlap(trace(t, "C", 1, 800, Protocol.GCS), 800, 800, 900);
        assertNoOverlap(trace(t, "C", 1, 2_500, Protocol.GCS), 2_500, 2_500, 2_600);
    }
}
