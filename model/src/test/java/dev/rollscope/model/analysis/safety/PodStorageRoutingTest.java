package dev.rollscope.model.analysis.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.analysis.plan.FixPlan;
import dev.rollscope.model.analysis.remedy.PinSessions;
import dev.rollscope.model.analysis.remedy.Remedies;
import dev.rollscope.model.analysis.remedy.RemedyAnswer;
import dev.rollscope.model.analysis.sweep.RoutedOutcome;
import dev.rollscope.model.analysis.sweep.SweepPoint;
import dev.rollscope.model.export.ExportOptions;
import dev.rollscope.model.export.report.MarkdownReport;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.RouteChoices;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.SimulationResult;
import dev.rollscope.model.sim.UploadSummary;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.SessionAffinity;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The danger search of a scenario that disrupts nothing (domain.md §12, §13): a resumable upload
 * kept on its pod's own storage is in danger even with no rollout, since a later chunk may be
 * routed to a pod that never saw the upload; routing that cannot matter is not searched.
 *
 * <p>The chain: A (one VM behind the external ALB; it streams the body: request buffering off),
 * then D, two pods behind a Kubernetes Service (kube-proxy picks a random ready endpoint per
 * connection), nothing disrupted. Client 10 Mbit/s up: a 5 MB chunk takes 4 000 ms and D answers
 * 100 ms after its last byte, so a chunk is 4 100 ms; a 15 MB tus upload in three 5 MB chunks, kept
 * on the pod's own disk, is 12 300 ms when every chunk reaches the pod that took the first.
 */
class PodStorageRoutingTest {

    private static final TimeSpan STEP = SafetySearch.DEFAULT_STEP;
    /** The seed whose kube-proxy draws send all three chunks to one pod (checked below). */
    private static final long SEED = 2;

    private static Topology chain(SessionAffinity affinity) {
        Hop a = Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(ProxySettings.REQUEST_BUFFERING, false)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop d = Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 2)
                .with(FrontSettings.SESSION_AFFINITY, affinity);
        return new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, d), Layout.EMPTY);
    }

    private static Scenario calm(RequestSpec r) {
        return new Scenario("calm", "", List.of(), List.of(r), null, SEED);
    }

    private static RequestSpec upload() {
        return RequestSpec.post("UP", ByteSize.ofMegabytes(15), TimeSpan.ZERO)
                .withResumable(new ResumableUpload(Protocol.TUS, ByteSize.ofMegabytes(5), null, null, Storage.POD));
    }

    /**
     * The simulation's own routing (seed 2) keeps the three chunks on one pod: done at 12 300. The
     * search walks both pods at each chunk: chunk 1 on D.1 or D.2 (the upload's home); chunk 2 on the
     * home goes on, on the other pod it is answered 404 as soon as its header arrives, at 4 100 (tus
     * does not retry a 404 PATCH: 2 chunks sent, 0 retries, the upload fails); chunk 3 likewise ends
     * at 12 300 on the home and 404 at 8 200 elsewhere. Per home 1 + 1 + 1 routes: 6 in all, 4 failing.
     */
    @Test
    void anUploadOnItsPodIsInDangerWithNothingDisrupted() {
        SimulationResult own = Simulator.run(chain(SessionAffinity.NONE), calm(upload()));
        RequestSafety safety = SafetySearch.of(chain(SessionAffinity.NONE), calm(upload()), "UP", STEP).orElseThrow();

        assertThat(own.outcome("UP").ok()).isTrue();
        assertThat(own.outcome("UP").end()).isEqualTo(12_300);
        assertThat(safety.safe()).isFalse();
        assertThat(safety.found().sweep()).isNull();
        SweepPoint routes = safety.found().calm();
        assertThat(routes.complete()).isTrue();
        assertThat(routes.routes()).extracting(RoutedOutcome::route).containsExactlyInAnyOrder("D.1 → D.2",
                "D.1 → D.1 → D.2", "D.1 → D.1 → D.1", "D.2 → D.1", "D.2 → D.2 → D.1", "D.2 → D.2 → D.2");
        assertThat(routes.routes().get(0).ok()).as("the scenario's own routing first").isTrue();
        assertThat(routes.routes()).filteredOn(RoutedOutcome::ok).extracting(r -> r.outcome().end())
                .containsOnly(12_300L);
        assertThat(routes.routes()).filteredOn(r -> !r.ok()).extracting(r -> r.outcome().end())
                .containsExactlyInAnyOrder(4_100L, 4_100L, 8_200L, 8_200L);
        Outcome worst = routes.outcome();
        assertThat(worst.status()).isEqualTo(404);
        assertThat(worst.failure().cause()).isEqualTo(Cause.UPLOAD_NOT_FOUND);
        assertThat(worst.failure().hop()).isEqualTo("D");
        assertThat(safety.found().failures()).extracting(f -> f.cause()).containsExactly(Cause.UPLOAD_NOT_FOUND);
    }

    /** The failing route played as the search played it: 2 chunks sent, none retried, not completed. */
    @Test
    void theSecondChunkOnTheOtherPodEndsTheUploadWithoutARetry() {
        Scenario s = calm(upload());
        RequestSafety safety = SafetySearch.of(chain(SessionAffinity.NONE), s, "UP", STEP).orElseThrow();
        RoutedOutcome early = safety.found().calm().routes().stream().filter(r -> r.route().equals("D.1 → D.2"))
                .findFirst().orElseThrow();

        SimulationResult replay = Simulator.run(chain(SessionAffinity.NONE), s, SimulationOptions.full(),
                new RouteChoices(0, Set.of("D"), early.script().stream().mapToInt(Integer::intValue).toArray()));
        UploadSummary u = replay.upload(0).orElseThrow();

        assertThat(replay.outcome("UP").end()).isEqualTo(4_100);
        assertThat(replay.outcome("UP").failure().instance()).isEqualTo("D.2");
        assertThat(u.sent()).isEqualTo(2);
        assertThat(u.retries()).isZero();
        assertThat(u.completed()).isFalse();
        assertThat(u.lostOn()).isEqualTo("D.1");
    }

    /**
     * Pinned by client IP at D's Service: the first chunk may land on either pod (the search cannot
     * know the hash), the later ones follow the pin and are not walked: 2 routes, each 12 300.
     */
    @Test
    void pinnedByClientIpTheUploadIsSafe() {
        RequestSafety safety = SafetySearch.of(chain(SessionAffinity.CLIENT_IP), calm(upload()), "UP", STEP)
                .orElseThrow();

        assertThat(safety.safe()).isTrue();
        assertThat(safety.found().calm().routes()).extracting(RoutedOutcome::route).containsExactlyInAnyOrder("D.1", "D.2");
        assertThat(safety.found().calm().routes()).extracting(r -> r.outcome().end()).containsOnly(12_300L);
    }

    /**
     * A GET keeps no state on a pod, and nothing changes: its routing cannot matter, so the search is
     * its one simulation (one route, with no choice point). The same for an upload in shared storage.
     */
    @Test
    void routingThatCannotMatterIsNotSearched() {
        RequestSpec get = RequestSpec.get("GET", TimeSpan.ZERO);
        RequestSpec shared = upload().withResumable(new ResumableUpload(Protocol.TUS, ByteSize.ofMegabytes(5), null,
                null, Storage.SHARED));
        for (RequestSpec r : List.of(get, shared)) {
            RequestSafety safety = SafetySearch.of(chain(SessionAffinity.NONE), calm(r), r.id(), STEP).orElseThrow();

            assertThat(safety.safe()).as(r.id()).isTrue();
            assertThat(safety.found().calm().routes()).as(r.id()).hasSize(1);
            assertThat(safety.found().calm().routes().get(0).script()).as(r.id()).isEmpty();
            assertThat(safety.found().routed()).as(r.id()).isFalse();
        }
    }

    /**
     * The remedy for it, searched as the request was: session affinity at D's Service (by client IP),
     * verified on every route (2, as above); and the request's own fix plan says no setting saves it:
     * UPLOAD_NOT_FOUND asks for no setting change, so the plan names the remedies in words (not "the
     * changes asked for are made", since none was asked for).
     */
    @Test
    void theRemedyOfferedWithNothingDisruptedIsVerifiedBySearching() {
        Topology t = chain(SessionAffinity.NONE);
        Scenario s = calm(upload());
        RequestSafety safety = SafetySearch.of(t, s, "UP", STEP).orElseThrow();

        List<RemedyAnswer> remedies = Remedies.of(t, s, safety, STEP);

        assertThat(safety.plan().verified()).isFalse();
        assertThat(safety.plan().end()).isEqualTo(FixPlan.End.NO_SETTING);
        assertThat(safety.plan().lines(Locale.ENGLISH)).containsExactly("No plan found: Rollscope knows no setting"
                + " change to try for what still fails: UP fails with 404 at D (upload unknown to the pod (404)) with"
                + " nothing disrupted, on route D.1 → D.2 (4 of 6 routes searched fail): Resume answered 404: the partial upload lived on D.1, which was not the pod this"
                + " attempt was routed to. What helps: Keep uploads in shared storage (GCS/S3, a shared volume; request"
                + " resumable.storage SHARED), or pin the upload URL to its pod with session affinity on D (it still"
                + " breaks when that pod is replaced).");
        assertThat(String.join("\n", safety.plan().lines(Locale.SIMPLIFIED_CHINESE)))
                .startsWith("没有找到方案：对于仍然失败的部分，Rollscope 不知道可以尝试的设置修改：");
        assertThat(remedies).extracting(RemedyAnswer::remedy).containsExactly(new PinSessions("D", FrontKind.K8S_SERVICE));
        RemedyAnswer pin = remedies.get(0);
        assertThat(pin.works()).isTrue();
        assertThat(pin.after().safe()).isTrue();
        assertThat(pin.after().found().calm().routes()).extracting(RoutedOutcome::route).containsExactlyInAnyOrder("D.1", "D.2");
        assertThat(pin.lines(Locale.ENGLISH)).containsExactly("Instead of D's front choosing anew for every"
                + " connection, session affinity at D's front (by client IP, front.sessionAffinity CLIENT_IP):"
                + " searched, it survives at every start offset and routing choice with nothing else changed.");
    }

    /**
     * The report's danger section says the same: with nothing disrupted, the routes searched, the
     * failing one, the plan (no setting saves it) and the pin, verified.
     */
    @Test
    void theReportShowsTheRoutedDangerAndTheVerifiedRemedy() {
        SimulationResult r = Simulator.run(chain(SessionAffinity.NONE), calm(upload()));

        String report = MarkdownReport.of(r, ExportOptions.defaults().withLocale(Locale.ENGLISH));

        assertThat(report).contains("Nothing is disrupted in this scenario, so there is nothing to sweep.\n\nUP keeps its"
                + " state on one instance (a resumable upload on its pod's own storage): with nothing disrupted its start"
                + " cannot matter but its route can, so every route through the instances that may hold it was searched:"
                + " 6 routes.\n\n- UP fails with 404 at D (upload unknown to the pod (404)) with nothing disrupted, on route"
                + " D.1 → D.2 (4 of 6 routes searched fail): Resume answered 404: the partial upload lived on D.1, which"
                + " was not the pod this attempt was routed to\n\n**Fix plan")
                .contains("- Instead of D's front choosing anew for every connection, session affinity at D's front (by"
                        + " client IP, front.sessionAffinity CLIENT\\_IP): searched, it survives at every start offset and"
                        + " routing choice with nothing else changed.");
    }
}
