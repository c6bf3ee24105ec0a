package dev.rollscope.model.analysis.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.analysis.plan.Found;
import dev.rollscope.model.analysis.remedy.PinSessions;
import dev.rollscope.model.analysis.remedy.RemedyAnswer;
import dev.rollscope.model.analysis.sweep.RouteSearch;
import dev.rollscope.model.analysis.sweep.RoutedOutcome;
import dev.rollscope.model.analysis.sweep.SweepPoint;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.report.MarkdownReport;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.sim.WorkEstimate;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A search whose route walk stops at {@link RouteSearch#MAX_PATHS} is never "safe" (the promise:
 * safe means searched, not sampled), and the work limit counts the routes a search with nothing
 * disrupted may walk.
 *
 * <p>The chain: A (nginx, request buffering off, upstream keepalive 32) then D, one pod, nothing
 * disrupted; a tus upload in 1 MB chunks kept on the pod's own disk. Each chunk meets two choice
 * points at D: A's connection (a new one, or any of the idle pooled ones it opened before: every
 * chunk has ended before the next starts, so all are idle) and, on a new connection, the pod (one
 * option, D.1). The chunks' connections are thus a set partition of the chunks, and the routes are
 * counted by the Bell numbers: 1, 2, 5, 15, 52, 203, 877, 4 140 for 1..8 chunks. Every route reaches
 * D.1, which holds the upload, so none fails. 7 chunks: 877 routes, all walked; 8 chunks: 4 140
 * routes, the walk stops at 2 048. The route with the most choice points opens a new connection for
 * every chunk: 2 per chunk, 16 for 8 chunks.
 */
class UnfinishedSearchTest {

    private static final TimeSpan STEP = SafetySearch.DEFAULT_STEP;

    private static Topology chain() {
        Hop a = Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(ProxySettings.REQUEST_BUFFERING, false)
                .with(ProxySettings.UPSTREAM_KEEPALIVE, 32)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop d = Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 1);
        return new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, d), Layout.EMPTY);
    }

    private static Scenario upload(int chunks, Storage store) {
        RequestSpec r = RequestSpec.post("UP", ByteSize.ofMegabytes(chunks), TimeSpan.ZERO)
                .withResumable(new ResumableUpload(Protocol.TUS, ByteSize.ofMegabytes(1), null, null, store));
        return new Scenario("calm", "", List.of(), List.of(r), null, 1);
    }

    /** 7 chunks: Bell(7) = 877 routes, every one walked, none failing: safe. */
    @Test
    void aWalkThatEndsBelowTheCapIsSafe() {
        RequestSafety safety = SafetySearch.of(chain(), upload(7, Storage.POD), "UP", STEP).orElseThrow();

        assertThat(safety.found().calm().routes()).hasSize(877);
        assertThat(safety.found().complete()).isTrue();
        assertThat(safety.safe()).isTrue();
        assertThat(safety.found().unfinished()).isFalse();
        assertThat(safety.found().unfinishedText(Locale.ENGLISH)).isEmpty();
    }

    /**
     * 8 chunks: Bell(8) = 4 140 routes, the walk stops at 2 048 with none failing: not safe, not a
     * danger found, "not fully searched", and the plan is not verified.
     */
    @Test
    void aWalkCutOffAtTheCapIsNotSafe() {
        RequestSafety safety = SafetySearch.of(chain(), upload(8, Storage.POD), "UP", STEP).orElseThrow();

        SweepPoint calm = safety.found().calm();
        assertThat(calm.routes()).hasSize(RouteSearch.MAX_PATHS);
        assertThat(calm.complete()).isFalse();
        assertThat(calm.routes()).allMatch(RoutedOutcome::ok);
        assertThat(safety.found().failures()).isEmpty();
        assertThat(safety.safe()).isFalse();
        assertThat(safety.found().unfinished()).isTrue();
        assertThat(safety.plan().verified()).isFalse();
        assertThat(safety.plan().end()).isEqualTo(FixPlan.End.UNFINISHED);
        String text = safety.found().unfinishedText(Locale.ENGLISH);
        assertThat(text).startsWith("UP is not fully searched, so it is not called safe: at 1 of 1 start offsets the"
                + " walk of its routes stopped at the cap of 2,048 routes with routes left (2,048 routes searched in all,"
                + " up to 16 choice points on a route");
        assertThat(safety.plan().lines(Locale.ENGLISH)).containsExactly("Not verified: " + text);
        assertThat(safety.found().unfinishedText(Locale.SIMPLIFIED_CHINESE)).startsWith("UP 没有被完整搜索，因此不判定为安全：");
    }

    /** A remedy whose search is cut off with nothing failing neither works nor "does not save it". */
    @Test
    void aRemedyWhoseSearchIsCutOffIsNotVerified() {
        RequestSafety cut = SafetySearch.of(chain(), upload(8, Storage.POD), "UP", STEP).orElseThrow();

        RemedyAnswer a = new RemedyAnswer(new PinSessions("D", FrontKind.K8S_SERVICE), cut);

        assertThat(a.works()).isFalse();
        assertThat(a.lines(Locale.ENGLISH)).containsExactly("Instead of D's front choosing anew for every connection,"
                + " session affinity at D's front (by client IP, front.sessionAffinity CLIENT_IP): not verified, since its"
                + " search was cut off; " + cut.found().unfinishedText(Locale.ENGLISH));
    }

    /** The report's danger section says it is not fully searched, and does not call it safe. */
    @Test
    void theReportSaysNotFullySearched() {
        SimulationResult r = Simulator.run(chain(), upload(8, Storage.POD));

        String report = MarkdownReport.of(r, ExportOptions.defaults().withLocale(Locale.ENGLISH));

        assertThat(report).contains("Nothing is disrupted in this scenario, so there is nothing to sweep.\n\nUP is not"
                + " fully searched, so it is not called safe: at 1 of 1 start offsets").doesNotContain("No danger window")
                .doesNotContain("every route through the instances that may hold it was searched");
    }

    /** Across a disruption too: one start offset whose walk was cut off, nothing failing, is not safe. */
    @Test
    void aSweepWithAnOffsetCutOffIsNotSafe() {
        RoutedOutcome ok = SafetySearch.of(chain(), upload(1, Storage.POD), "UP", STEP).orElseThrow()
                .found().calm().routes().get(0);
        SweepResult whole = new SweepResult("UP", List.of(), 100, 0,
                List.of(new SweepPoint(0, List.of(ok), true), new SweepPoint(100, List.of(ok), true)), List.of(),
                ok.outcome(), Set.of("D"));
        SweepResult cut = new SweepResult("UP", List.of(), 100, 0,
                List.of(new SweepPoint(0, List.of(ok), true), new SweepPoint(100, List.of(ok), false)), List.of(),
                ok.outcome(), Set.of("D"));

        assertThat(whole.safe()).isTrue();
        assertThat(cut.safe()).isFalse();
        assertThat(Found.of(cut).unfinished()).isTrue();
        assertThat(Found.of(cut).unfinishedText(Locale.ENGLISH))
                .startsWith("UP is not fully searched, so it is not called safe: at 1 of 2 start offsets");
    }

    /**
     * The work limit counts, with nothing disrupted, the most routes the walk may take for a type
     * whose state a hop holds (2 048 simulations), and one simulation for a type that keeps none.
     */
    @Test
    void theWorkEstimateCountsTheRoutesOfAnUndisturbedSearch() {
        Scenario pod = upload(3, Storage.POD);
        Scenario shared = upload(3, Storage.SHARED);
        long perRunPod = WorkEstimate.of(chain(), pod, SimulationOptions.outcomesOnly()).events();
        long perRunShared = WorkEstimate.of(chain(), shared, SimulationOptions.outcomesOnly()).events();

        assertThat(SafetySearch.leastEvents(chain(), pod, STEP)).isEqualTo(2_048 * perRunPod);
        assertThat(SafetySearch.leastEvents(chain(), shared, STEP)).isEqualTo(perRunShared);
    }
}
