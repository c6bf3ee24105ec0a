package dev.rollscope.model.analysis.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.analysis.sweep.RoutedOutcome;
import dev.rollscope.model.analysis.sweep.Sweep;
import dev.rollscope.model.analysis.sweep.SweepPoint;
import dev.rollscope.model.analysis.sweep.SweepResult;
import dev.rollscope.model.scenario.Crash;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.sim.Cause;
import dev.rollscope.model.sim.Outcome;
import dev.rollscope.model.sim.SimulationOptions;
import dev.rollscope.model.sim.facade.Simulator;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The danger search over resumable uploads (domain.md §13): every attempt of an upload is routed
 * as a choice point, and with the upload on a pod's own storage the application's pods are never
 * interchangeable, even when nothing disrupts them.
 */
class ResumableSafetyTest {

    private static final TimeSpan STEP = TimeSpan.ofSeconds(1);

    /** A streams (client 10 Mbit/s); D has a 5 s preStop sleep, so the roll of D itself cuts nothing. */
    private static Topology chain(int podsOfD) {
        Hop a = Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(ProxySettings.REQUEST_BUFFERING, false)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop d = Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, podsOfD)
                .with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(5));
        return new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, d), Layout.EMPTY);
    }

    /** 10 MB in two 5 MB tus chunks (4 000 ms each). */
    private static Scenario rollD(Storage storage) {
        RequestSpec up = RequestSpec.post("UP", ByteSize.ofMegabytes(10), TimeSpan.ZERO)
                .withResumable(new ResumableUpload(Protocol.TUS, ByteSize.ofMegabytes(5), null, null, storage));
        return new Scenario("roll D", "", List.of(new RollOut("D", TimeSpan.ofSeconds(10))), List.of(up), null, 1);
    }

    /**
     * One pod of D, on its own disk: D.2 is ready at 20 000 and D.1 leaves the Service at 21 000.
     * An upload whose first chunk D.1 took and whose second chunk's header reaches D.2 gets 404.
     * Sent at 17 000 (offset 7 000 from the roll): D.1 takes chunk 1 (the only pod in the Service)
     * and, in its preStop until 25 000, answers it after 21 000; chunk 2 then reaches D.2 on every
     * route. Shared storage resumes there: safe at every start.
     */
    @Test
    void theSearchFindsTheNextChunkReachingTheReplacementPod() {
        SweepResult pod = Sweep.run(chain(1), rollD(Storage.POD), "UP", STEP);
        SweepResult shared = Sweep.run(chain(1), rollD(Storage.SHARED), "UP", STEP);

        assertThat(failures(pod)).contains(Cause.UPLOAD_NOT_FOUND);
        assertThat(pod.points()).filteredOn(p -> p.offset() == 7_000).allMatch(p -> !p.ok());
        assertThat(shared.safe()).isTrue();
        assertThat(shared.complete()).isTrue();
    }

    /**
     * Two pods of D that nothing disrupts (A's VM crashes at 20 000): an upload sent at the earliest
     * offset ends before the crash, yet its second chunk may be routed to the pod that did not take
     * the first. The search walks that choice although D is not disrupted and its pods stay ready
     * (they would be interchangeable, and not walked at all, for a request that keeps no state on them).
     */
    @Test
    void podsHoldingTheUploadAreNeverInterchangeable() {
        Scenario crashA = rollD(Storage.POD).withDisruptions(List.of(new Crash("A", 0, TimeSpan.ofSeconds(20))));
        SweepResult pod = Sweep.run(chain(2), crashA, "UP", STEP);

        assertThat(pod.safe()).isFalse();
        SweepPoint earliest = pod.points().get(0);
        assertThat(earliest.offset()).isNegative();
        assertThat(earliest.routes()).extracting(RoutedOutcome::ok).contains(true, false);
        assertThat(earliest.routes()).filteredOn(r -> !r.ok())
                .allMatch(r -> r.outcome().failure().cause() == Cause.UPLOAD_NOT_FOUND);
    }

    /**
     * Three 5 MB chunks (4 000 ms each, answered 100 ms after the last byte: 4 100 per chunk) on two
     * pods of D, while A.1 of A's two VMs crashes at 20 000; D is not disrupted. D's pick is a choice
     * point at every chunk, not only the first: on some route the first two chunks reach the upload's
     * pod and the third the other one, which answers 404 8 200 ms after the upload started. Each route
     * the sweep walked, played again in its case with {@link Sweep#routeOf} (the sweep's hops, D's
     * included), meets the outcome the sweep recorded.
     */
    @Test
    void everyChunkIsRoutedAndEachRouteReplays() {
        Topology t = chain(2);
        t = t.withHop(0, t.hops().get(0).withReplicas(2));
        RequestSpec up = RequestSpec.post("UP", ByteSize.ofMegabytes(15), TimeSpan.ZERO)
                .withResumable(new ResumableUpload(Protocol.TUS, ByteSize.ofMegabytes(5), null, null, Storage.POD));
        Scenario crashA1 = new Scenario("crash A.1", "", List.of(new Crash("A", 0, TimeSpan.ofSeconds(20))),
                List.of(up), null, 1);
        SweepResult sweep = Sweep.run(t, crashA1, "UP", STEP);

        assertThat(sweep.hops()).containsExactlyInAnyOrder("A", "D");
        assertThat(sweep.points()).flatMap(SweepPoint::routes).filteredOn(r -> !r.ok())
                .anyMatch(r -> r.outcome().failure().cause() == Cause.UPLOAD_NOT_FOUND
                        && r.outcome().end() - r.outcome().start() == 8_200);
        int replayed = 0;
        for (SweepPoint p : sweep.points()) {
            Scenario at = Sweep.caseAt(crashA1, sweep, p.offset());
            for (RoutedOutcome r : p.routes()) {
                Outcome again = Simulator.run(t, at, SimulationOptions.outcomesOnly(), Sweep.routeOf(crashA1, sweep, r))
                        .outcome("UP");
                assertThat(again.statusText()).as(p.offset() + " via " + r.route()).isEqualTo(r.outcome().statusText());
                assertThat(again.end()).as(p.offset() + " via " + r.route()).isEqualTo(r.outcome().end());
                replayed++;
            }
        }
        assertThat(replayed).isGreaterThan(sweep.points().size());
    }

    private static List<Cause> failures(SweepResult r) {
        return r.points().stream().flatMap(p -> p.routes().stream()).filter(o -> !o.ok())
                .map(o -> o.outcome().failure().cause()).distinct().toList();
    }
}
