package dev.rollscope.model.export.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.export.Examples;
import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The request diagrams tell the seed stories as the examples' descriptions work them out by hand:
 * where each request goes, when the rollout touches it, and its verdict with status and time.
 */
class SeedStoriesTest {

    private static final ExportOptions EN = ExportOptions.defaults();

    private static String diagram(String example, String scenario, String request, ExportOptions options) {
        Project p = Examples.read(example);
        SimulationResult r = Simulator.run(p.topology(), p.scenario(scenario).orElseThrow());
        return RequestDiagram.of(r, r.outcome(request).request(), options);
    }

    @Test
    void postOnAPodThatExitsAtOnceIsCutAndAnswered502() {
        String d = diagram("kong-service-pods", "GET during pod replacement", "POST-in-flight", EN);

        assertThat(d).contains("C->>+D: POST → D.2 · t=19.962s",
                "Note over D: D.2: SIGTERM (fast stop) · t=20.0s",
                "D--x-C: connection cut at D.2: process exited at once · t=20.0s",
                "gfe_C--x-client: 502 · t=20.0s",
                "FAILED 502 at D (D.2) · t=20.0s", "Broken inequality: D.lifecycle.onStopSignal = GRACEFUL");
        assertThat(d).doesNotContain("Note over D: retry");
    }

    @Test
    void getRefusedByTheExitedPodIsRetriedAndServedByAnother() {
        String d = diagram("kong-service-pods", "GET during pod replacement", "GET-after", EN);

        assertThat(d.split("C-xD: connect refused · t=20.5s", -1)).hasSize(4);
        assertThat(d).contains("C->>+D: GET → D.1 · t=20.5s · attempt 4", "OK 200 · done at t=20.602s (102ms)");
        assertThat(d.indexOf("D.2: process exited · t=20.0s")).isLessThan(d.indexOf("client->>+gfe_C"));
    }

    @Test
    void getCutByThePodsExitIsRetriedOnTheOtherPod() {
        String d = diagram("kong-service-pods", "GET during pod replacement", "GET-in-flight", EN);

        assertThat(d).contains("C->>+D: GET → D.2 · t=19.95s",
                "D--x-C: connection cut at D.2: process exited at once · t=20.0s",
                "C->>+D: GET → D.1 · t=20.0s · attempt 2", "OK 200 · done at t=20.102s (152ms)");
    }

    @Test
    void fiftyMegabytePostAtDefaultsGets413AtABeforeDRolls() {
        String d = diagram("abcd-defaults", "roll D", "POST-50MB", EN);

        assertThat(d).contains("Note over client,D: roll D: rollout of D from t=40.0s", "A-->>-gfe_A: 413 · t=9.0s",
                "gfe_A--x-client: 413 · t=9.0s", "FAILED 413 at A (A.1) · t=9.0s", "A.proxy.clientMaxBodySize (1MiB) ≥ body size (50MB)");
        assertThat(d).doesNotContain("rect", "->>+D");
    }

    @Test
    void fiftyMegabytePostSurvivesTheRollOfDWhenEveryInequalityHolds() {
        String d = diagram("abcd-zero-downtime", "roll D", "POST-50MB", EN);

        assertThat(d).contains("Note over client,A: body 50MB → A.1: 40s (t=9.0s → t=49.0s)",
                "Note over D: D.1 processes for 5s (first byte at t=54.8s)",
                "OK 200 · done at t=54.801s (45.801s)");
    }

    @Test
    void streamedUploadOnALeavingPodIsKilledAtTheEndOfItsGracePeriod() {
        String d = diagram("failure-no-buffering", "roll D", "POST-50MB", EN);

        assertThat(d).contains("body 50MB → D.2 from t=60.0s, cut at t=90.0s (it needed 40s)",
                "D.2: preStop sleep 10s (10s) · t=60.0s", "D.2: SIGTERM (graceful stop) · t=70.0s",
                "D.2: SIGKILL (fast stop) · t=90.0s", "FAILED 502 at D (D.2) · t=90.0s");
        assertThat(d).as("the upload would have ended at t=100.0s, but the request failed at t=90.0s")
                .doesNotContain("t=100.0s");
    }

    @Test
    void chineseDiagramTellsTheVerdictAndTheBrokenInequalityInChinese() {
        String d = diagram("kong-service-pods", "GET during pod replacement", "POST-in-flight",
                EN.withLocale(Locale.SIMPLIFIED_CHINESE));

        assertThat(d).contains("actor client as 客户端", "D.2：SIGTERM（快速停止） · t=20.0s",
                "失败 502，在 D (D.2) · t=20.0s", "被违反的不等式：");
    }

    @Test
    void requestMeetingOldAndNewPodsDrawsThemApartInTheHopsBox() {
        Project p = Examples.read("abcd-defaults");
        Scenario roll = p.scenario("roll D").orElseThrow();
        Scenario s = new Scenario("two GETs", "", roll.disruptions(), List.of(
                RequestSpec.get("G0", TimeSpan.ofMillis(60_000)), RequestSpec.get("G1", TimeSpan.ofMillis(60_100))),
                null, 1);
        SimulationResult r = Simulator.run(p.topology(), s);

        String d = RequestDiagram.of(r, 1, EN.withShowLoadBalancers(true));

        assertThat(d).contains("box rgba(200, 220, 255, 0.35) D runtime", "participant lb_D as Kong upstream → D",
                "participant D_v1 as D runtime (old)", "participant D_v2 as D runtime (new)",
                "lb_D-xD_v1: connect refused · t=60.1s", "lb_D->>+D_v2: → D.4");
    }

    @Test
    void optionsTurnNumberingOffAndAddEveryEvent() {
        ExportOptions all = EN.withAutonumber(false).withDetail(ExportOptions.Detail.ALL);

        String essential = diagram("kong-service-pods", "GET during pod replacement", "GET-after", EN);
        String everything = diagram("kong-service-pods", "GET during pod replacement", "GET-after", all);

        assertThat(essential).contains("autonumber").doesNotContain("front.backendTimeout armed");
        assertThat(everything).doesNotContain("autonumber").contains("front.backendTimeout armed for 30s");
    }

    @Test
    void kongQuitCutIsDrawnFromC2BackThroughTheStreamProxyB() {
        String d = diagram("failure-kong-quit", "roll C", "POST-50MB", EN);

        // C.2's process stopped at t=75.0s: its connection from A (through B, an L4 proxy) broke there.
        assertThat(d).contains("C--x-B: connection cut at C.2: kong quit timed out (TERM) · t=75.0s",
                "B--x-A: connection closed too · t=75.0s", "A-->>-gfe_A: 502 · t=75.0s");
        assertThat(d).doesNotContain("B--x-A: connection cut at C.2");
        // D.1 needed 40 s from t=49.8s (first byte at t=89.8s), but the request ended at t=75.0s.
        assertThat(d).contains("D.1 processes from t=49.8s, cut at t=75.0s (it needed 40s)")
                .doesNotContain("t=89.8s");
    }

    @Test
    void getWithNoBackendBehindTheInternalLbWaitsUntilTheFrontGivesUp() {
        String d = diagram("abcd-defaults", "roll B", "GET", EN);

        // The ILB drops the SYN: A.1 waits from t=20.0s until the GFE's 30 s backend timeout at t=50.0s.
        assertThat(d).contains("A-xB: connect failed: no backend · t=20.0s", "Note over A: A.1 waits 30s: nothing answers",
                "gfe_A-xA: front.backendTimeout fired · t=50.0s", "gfe_A--x-client: 502 · t=50.0s");
    }
}
