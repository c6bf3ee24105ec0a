package dev.rollscope.model.sim;

import static dev.rollscope.model.sim.Fixtures.applyFixes;
import static dev.rollscope.model.sim.Fixtures.chain;
import static dev.rollscope.model.sim.Fixtures.kong;
import static dev.rollscope.model.sim.Fixtures.only;
import static dev.rollscope.model.sim.Fixtures.runtime;
import static dev.rollscope.model.sim.Fixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.ClientBehaviour.Pause;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Clients that pause or stall against nginx's client timers (domain.md §2, §15): nginx logs 408,
 * sends nothing and closes the connection. Client 10 Mbit/s up, 50 Mbit/s down; inside 1 Gbit/s.
 * A 50 MB body takes 40 000 ms from the client (4·10^8 bit / 10^7 bit/s), its first 10 MB 8 000 ms;
 * a 1 MB response 160 ms to the client (8·10^6 / 5·10^7 s), 10 MB 1 600 ms, and 80 ms inside.
 * Every timer is at its default of 60 s unless a test says otherwise.
 */
class ClientStallTest {

    private static final long MB = 1_000_000;

    /** A nginx (no GFE: the client talks to A itself) with room for 100 MB, then the app. */
    private static Topology aThenD() {
        Hop a = Hop.of("A", "A nginx", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 1)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofBytes(100 * MB));
        return chain(a, runtime("D", FrontKind.K8S_SERVICE, 1));
    }

    private static RequestSpec upload(Pause pause) {
        return new RequestSpec("up", "POST", ByteSize.ofBytes(50 * MB), ByteSize.ofBytes(1_000), null, null,
                TimeSpan.ZERO, TimeSpan.ofMillis(100), null, new ClientBehaviour(TimeSpan.ZERO, pause, null, null));
    }

    private static Pause pause(long atBytes, long seconds) {
        return new Pause(ByteSize.ofBytes(atBytes), TimeSpan.ofSeconds(seconds));
    }

    private static RequestSpec download(ClientBehaviour client) {
        return new RequestSpec("down", "GET", ByteSize.ZERO, ByteSize.ofBytes(10 * MB), null, null,
                TimeSpan.ZERO, TimeSpan.ofMillis(100), null, client);
    }

    /**
     * The pause starts at 8 000 ms (10 MB sent); A's client_body_timeout (60 s) fires at
     * 8 000 + 60 000 = 68 000 ms, before the client would go on at 83 000 ms. A closes without a
     * response: the client sees its connection closed (no status).
     */
    @Test
    void aPauseLongerThanClientBodyTimeoutIsCutAtTheTimeout() {
        Outcome o = only(aThenD(), scenario(List.of(), upload(pause(10 * MB, 75))));

        assertThat(o.ok()).isFalse();
        assertThat(o.statusText()).isEqualTo("reset");
        assertThat(o.end()).isEqualTo(68_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.CLIENT_BODY_TIMEOUT);
        assertThat(o.failure().hop()).isEqualTo("A");
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("A", "proxy.clientBodyTimeout", "75s"));
        Explanation en = Explanation.of(o.failure(), Locale.ENGLISH);
        assertThat(en.summary()).isEqualTo("A closed the connection: the client paused 75 s at 10MB of its 50MB body,"
                + " its client_body_timeout is 60 s");
        assertThat(en.why()).contains("the client sees its connection closed").doesNotContain("GFE");
        assertThat(Explanation.of(o.failure(), Locale.SIMPLIFIED_CHINESE).why()).contains("记 408");
    }

    /**
     * A 45 s pause is within 60 s: the body reaches A at 40 000 + 45 000 = 85 000 ms, D at
     * + 400 ms (50 MB inside), D answers after 100 ms (85 500), and 1 kB takes 1 ms on each
     * stretch back (A buffers it): the client has it at 85 501 ms.
     */
    @Test
    void aShorterPauseSurvives() {
        Outcome o = only(aThenD(), scenario(List.of(), upload(pause(10 * MB, 45))));

        assertThat(o.ok()).isTrue();
        assertThat(o.end()).isEqualTo(85_501);
    }

    /** The fix (client_body_timeout 75 s) saves the 75 s pause: a pause as long as the timer is in time. */
    @Test
    void theFixSavesTheRequest() {
        Topology t = aThenD();
        Outcome cut = only(t, scenario(List.of(), upload(pause(10 * MB, 75))));
        Outcome fixed = only(applyFixes(t, cut.failure()), scenario(List.of(), upload(pause(10 * MB, 75))));

        assertThat(fixed.ok()).isTrue();
        assertThat(fixed.end()).isEqualTo(40_000 + 75_000 + 400 + 100 + 1);
    }

    /**
     * Behind a GFE (backend timeout raised to 600 s) the GFE passes the pause on (its own client
     * timers are undocumented, §15) and A cuts at 68 000 ms as before; the GFE sees its backend
     * connection close before any response and answers 502.
     */
    @Test
    void behindTheGfeAClosesAndTheGfeAnswers502() {
        Hop a = Fixtures.nginx("A", 1).with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofBytes(100 * MB))
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(600));
        Outcome o = only(chain(a, runtime("D", FrontKind.K8S_SERVICE, 1)),
                scenario(List.of(), upload(pause(10 * MB, 75))));

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(68_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.CLIENT_BODY_TIMEOUT);
        assertThat(o.failure().hop()).isEqualTo("A");
        assertThat(Explanation.of(o.failure(), Locale.ENGLISH).why())
                .contains("the load balancer in front of A sees its backend connection close")
                .contains("unconfirmed");
    }

    /**
     * A streams (proxy_request_buffering off, client_body_timeout 120 s) to Kong C, which buffers:
     * both read nothing while the client pauses 75 s from 8 000 ms. A's 120 s is not reached;
     * C's default 60 s fires at 68 000 ms. C closes; A, which cannot resend a body it did not
     * keep, answers the client 502.
     */
    @Test
    void kongBehindAStreamingACutsAtItsOwnTimeout() {
        Hop a = Hop.of("A", "A nginx", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 1)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofBytes(100 * MB))
                .with(ProxySettings.REQUEST_BUFFERING, false)
                .with(ProxySettings.CLIENT_BODY_TIMEOUT, TimeSpan.ofSeconds(120));
        Topology t = chain(a, kong("C", FrontKind.GCP_INTERNAL_TCP_LB, 1), runtime("D", FrontKind.KONG_UPSTREAM, 1));
        Outcome o = only(t, scenario(List.of(), upload(pause(10 * MB, 75))));

        assertThat(o.status()).isEqualTo(502);
        assertThat(o.end()).isEqualTo(68_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.CLIENT_BODY_TIMEOUT);
        assertThat(o.failure().hop()).isEqualTo("C");
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("C", "proxy.clientBodyTimeout", "75s"));
        assertThat(only(applyFixes(t, o.failure()), scenario(List.of(), upload(pause(10 * MB, 75)))).ok()).isTrue();
    }

    /**
     * The same chain with A at its default 60 s: A and C both fire at 68 000 ms; A, nearest the
     * client, waited first and closes first, so the client sees its connection closed; the fix
     * raises both, or C would close next.
     */
    @Test
    void equalTimersTheProxyNearestTheClientClosesAndBothAreRaised() {
        Hop a = Hop.of("A", "A nginx", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 1)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofBytes(100 * MB))
                .with(ProxySettings.REQUEST_BUFFERING, false);
        Topology t = chain(a, kong("C", FrontKind.GCP_INTERNAL_TCP_LB, 1), runtime("D", FrontKind.KONG_UPSTREAM, 1));
        Outcome o = only(t, scenario(List.of(), upload(pause(10 * MB, 75))));

        assertThat(o.statusText()).isEqualTo("reset");
        assertThat(o.end()).isEqualTo(68_000);
        assertThat(o.failure().hop()).isEqualTo("A");
        assertThat(o.failure().fixes()).containsExactly(new SettingChange("A", "proxy.clientBodyTimeout", "75s"),
                new SettingChange("C", "proxy.clientBodyTimeout", "75s"));
    }

    /**
     * A GET of 10 MB: D answers at 100 ms; the client reads 1 MB by 100 + 160 = 260 ms and stops.
     * A (which buffered the response from D by 180 ms) can write nothing more: its send_timeout
     * (60 s) fires at 60 260 ms and it closes; the client's response ends truncated. No setting
     * saves a client that stops reading: there is no fix.
     */
    @Test
    void aClientThatStopsReadingIsClosedAfterSendTimeout() {
        ClientBehaviour stops = new ClientBehaviour(TimeSpan.ZERO, null, null, ByteSize.ofBytes(MB));
        Outcome o = only(aThenD(), scenario(List.of(), download(stops)));

        assertThat(o.statusText()).isEqualTo("200 truncated");
        assertThat(o.end()).isEqualTo(60_260);
        assertThat(o.failure().cause()).isEqualTo(Cause.CLIENT_SEND_TIMEOUT);
        assertThat(o.failure().fixes()).isEmpty();
        assertThat(Explanation.of(o.failure(), Locale.ENGLISH).fix()).startsWith("No setting saves a client");
    }

    /**
     * The same GET behind the GFE at its default budget (front.backendTimeout 30 s): the response
     * never completes, so the GFE gives up at 30 000 ms, before A's send_timeout; the client's
     * response ends truncated. No time limit is enough: the texts say so, with no time (before: "needed
     * 2305843009213697.251 s", the engine's never), and there is no fix to raise.
     */
    @Test
    void behindTheGfeAClientThatStopsReadingOutlastsAnyBudget() {
        ClientBehaviour stops = new ClientBehaviour(TimeSpan.ZERO, null, null, ByteSize.ofBytes(MB));
        Topology t = chain(Fixtures.nginx("A", 1), runtime("D", FrontKind.K8S_SERVICE, 1));
        Outcome o = only(t, scenario(List.of(), download(stops)));

        assertThat(o.statusText()).isEqualTo("200 truncated");
        assertThat(o.end()).isEqualTo(30_000);
        assertThat(o.failure().cause()).isEqualTo(Cause.LB_BACKEND_TIMEOUT);
        assertThat(o.failure().fixes()).isEmpty();
        Explanation en = Explanation.of(o.failure(), Locale.ENGLISH);
        assertThat(en.summary()).isEqualTo("502 from the load balancer in front of A: the whole request needed longer"
                + " than any time limit (its client stops reading before the response ends), its budget is 30 s");
        assertThat(en.inequality()).endsWith("response (never: the client stops reading)");
        assertThat(en.fix()).isEqualTo("No time limit saves a client that stops reading: its response never completes."
                + " Fix the client.");
        assertThat(Explanation.of(o.failure(), Locale.SIMPLIFIED_CHINESE).fix()).startsWith("没有任何时间上限能挽救");
    }

    /**
     * The same stopped reader while D's one pod is rolled at 1 s, A not buffering the response: D,
     * stopping gracefully, keeps sending to a client that reads nothing until its grace period ends
     * and it is killed. Its texts say the request would need longer than any time limit (before: the
     * engine's "never" as a number of seconds to raise the grace period to), and no raise is asked.
     */
    @Test
    void whileItsHopRollsAStoppedReaderIsNeverGivenATime() {
        ClientBehaviour stops = new ClientBehaviour(TimeSpan.ZERO, null, null, ByteSize.ofBytes(MB));
        Hop a = Hop.of("A", "A nginx", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 1)
                .with(ProxySettings.RESPONSE_BUFFERING, false);
        Hop d = runtime("D", FrontKind.K8S_SERVICE, 1).with(LifecycleSettings.ON_STOP_SIGNAL, StopBehaviour.GRACEFUL);
        Outcome o = only(chain(a, d), scenario(List.of(new RollOut("D", TimeSpan.ofSeconds(1))), download(stops)));

        assertThat(o.failure().cause()).isEqualTo(Cause.GRACE_PERIOD_EXPIRED);
        Explanation en = Explanation.of(o.failure(), Locale.ENGLISH);
        assertThat(String.join(" ", en.summary(), en.why(), en.inequality(), en.fix()))
                .as("%s", o.failure().cause()).doesNotContain("2305843009").doesNotContain("at least");
        assertThat(o.failure().fixes()).as("%s", o.failure().cause()).isEmpty();
    }

    /**
     * A 75 s pause in reading at 1 MB: cut at 260 + 60 000 = 60 260 ms, fixed by send_timeout 75 s.
     * A 45 s pause survives: the client has the last byte at 100 + 1 600 + 45 000 = 46 700 ms.
     */
    @Test
    void aDownloadPauseAgainstSendTimeout() {
        Outcome cut = only(aThenD(), scenario(List.of(),
                download(new ClientBehaviour(TimeSpan.ZERO, null, pause(MB, 75), null))));
        Outcome fine = only(aThenD(), scenario(List.of(),
                download(new ClientBehaviour(TimeSpan.ZERO, null, pause(MB, 45), null))));

        assertThat(cut.end()).isEqualTo(60_260);
        assertThat(cut.failure().fixes()).containsExactly(new SettingChange("A", "proxy.sendTimeout", "75s"));
        assertThat(fine.ok()).isTrue();
        assertThat(fine.end()).isEqualTo(46_700);
    }

    /**
     * A header that takes 75 s: A's client_header_timeout (60 s, over the whole header, from the
     * connection's start at 0) closes at 60 000 ms. One that takes 45 s is in: the GET reaches D
     * at 45 000, D answers at 45 100, and 10 kB takes 1 ms to A and 2 ms (1.6) to the client.
     */
    @Test
    void aSlowHeaderAgainstClientHeaderTimeout() {
        RequestSpec slow = download(new ClientBehaviour(TimeSpan.ofSeconds(75), null, null, null));
        RequestSpec inTime = new RequestSpec("get", "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, null,
                TimeSpan.ZERO, TimeSpan.ofMillis(100), null,
                new ClientBehaviour(TimeSpan.ofSeconds(45), null, null, null));
        Outcome cut = only(aThenD(), scenario(List.of(), slow));
        Outcome fine = only(aThenD(), scenario(List.of(), inTime));

        assertThat(cut.statusText()).isEqualTo("reset");
        assertThat(cut.end()).isEqualTo(60_000);
        assertThat(cut.failure().cause()).isEqualTo(Cause.CLIENT_HEADER_TIMEOUT);
        assertThat(cut.failure().fixes()).containsExactly(new SettingChange("A", "proxy.clientHeaderTimeout", "75s"));
        assertThat(fine.ok()).isTrue();
        assertThat(fine.end()).isEqualTo(45_102);
    }
}
