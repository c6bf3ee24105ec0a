package dev.rollscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.io.ProjectFile;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.scenario.Scenario;
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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rollscope check} on a scenario that disrupts nothing, whose simulation succeeds, but whose
 * request keeps its upload on one pod: the search finds the route where a later chunk reaches the
 * other pod, so the command does not call it safe, and prints the remedy it verified.
 */
class CheckRoutedDangerTest {

    @TempDir
    Path dir;

    /**
     * A -> D (two pods behind a Service, kube-proxy picking at random), a 15 MB tus upload in three
     * 5 MB chunks on the pod's own disk, seed 2: the simulation sends the three chunks to one pod and
     * the upload completes at 12.3 s. PodStorageRoutingTest derives the search: 6 routes, 4 fail;
     * the first failing route walked is D.1 → D.2 (chunk 2 on the other pod, 404 at 4.1 s).
     */
    @Test
    void anUploadThatSucceedsInItsSimulationIsStillADanger() throws Exception {
        Path file = dir.resolve("pod-upload.json");
        ProjectFile.write(project(), file);
        StringWriter out = new StringWriter();

        int code = RollscopeCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "check",
                file.toString());

        assertThat(code).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).doesNotContain("FAIL calm").contains("DANGER calm / UP: UP fails with 404 at D"
                + " (upload unknown to the pod (404)) with nothing disrupted, on route D.1 → D.2 (4 of 6 routes searched"
                + " fail): Resume answered 404: the partial upload lived on D.1, which was not the pod this attempt was"
                + " routed to\n")
                .contains("  Remedies for UP (instead of the disruption, or in how it is sent), each searched the same"
                        + " way:\n    Instead of D's front choosing anew for every connection, session affinity at D's"
                        + " front (by client IP, front.sessionAffinity CLIENT_IP): searched, it survives at every start"
                        + " offset and routing choice with nothing else changed.\n")
                .contains("pod-upload.json: 0 of 1 requests fail in the simulation; 1 request type has a danger");
    }

    /**
     * A -> D (one pod), A keeping up to 32 idle connections to D, an 8 MB tus upload in 1 MB chunks
     * on the pod's disk: every route reaches the one pod, so none fails, but the routes are the
     * set partitions of the chunks into A's connections, Bell(8) = 4 140 (UnfinishedSearchTest), and
     * the walk stops at 2 048. Not fully searched is not safe: exit 1, said so, and no "safe" line.
     */
    @Test
    void aSearchCutOffAtItsCapIsNotCalledSafe() throws Exception {
        Path file = dir.resolve("pooled-upload.json");
        ProjectFile.write(pooled(), file);
        StringWriter out = new StringWriter();

        int code = RollscopeCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "check",
                file.toString());

        assertThat(code).isEqualTo(ExitCodes.FAILURES);
        assertThat(out.toString()).doesNotContain("pooled-upload.json: safe").doesNotContain("DANGER")
                .doesNotContain("have a danger").doesNotContain("has a danger")
                .contains("NOT FULLY SEARCHED calm / UP: UP is not fully searched, so it is not called safe: at 1 of 1"
                        + " start offsets the walk of its routes stopped at the cap of 2,048 routes with routes left")
                .contains("pooled-upload.json: 1 request type is not fully searched (its route walk stopped at its"
                        + " cap), so not proven safe\n");
    }

    private static Project pooled() {
        Hop a = Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(ProxySettings.REQUEST_BUFFERING, false)
                .with(ProxySettings.UPSTREAM_KEEPALIVE, 32)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop d = Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 1);
        Topology t = new Topology("pooled upload", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, d),
                Layout.EMPTY);
        RequestSpec up = RequestSpec.post("UP", ByteSize.ofMegabytes(8), TimeSpan.ZERO)
                .withResumable(new ResumableUpload(Protocol.TUS, ByteSize.ofMegabytes(1), null, null, Storage.POD));
        return new Project(t, List.of(new Scenario("calm", "", List.of(), List.of(up), null, 1)));
    }

    private static Project project() {
        Hop a = Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(ProxySettings.REQUEST_BUFFERING, false)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop d = Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 2);
        Topology t = new Topology("pod upload", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, d),
                Layout.EMPTY);
        RequestSpec up = RequestSpec.post("UP", ByteSize.ofMegabytes(15), TimeSpan.ZERO)
                .withResumable(new ResumableUpload(Protocol.TUS, ByteSize.ofMegabytes(5), null, null, Storage.POD));
        return new Project(t, List.of(new Scenario("calm", "", List.of(), List.of(up), null, 2)));
    }
}
