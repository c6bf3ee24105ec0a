package dev.rollscope.lab.matrix;

import static dev.rollscope.lab.matrix.Hops.a;
import static dev.rollscope.lab.matrix.Hops.app;
import static dev.rollscope.lab.matrix.Hops.b;
import static dev.rollscope.lab.matrix.Hops.kong;
import static dev.rollscope.lab.matrix.Hops.roomyA;

import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.Disruption;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.FrontSettings;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.KongHashOn;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.LifecycleSettings;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.RolloutSettings;
import dev.rollscope.model.topology.StopBehaviour;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lab's matrix: each nginx-realisable failure mode of domain.md §8 and its fix, at real
 * (unscaled) values: client 10 Mbit/s up, 50 Mbit/s down, internal 1 Gbit/s. Times in comments
 * are the engine's, unscaled.
 */
public final class LabMatrix {

    private static final long MB = 1_000_000;

    private LabMatrix() {
    }

    public static List<LabCase> all() {
        return List.of(
                c("body-limit-413", "§8.4 a 20 MB POST meets A's client_max_body_size 1m: 413 from A", true,
                        chain(a(), app(FrontKind.GCP_INTERNAL_TCP_LB)), none(), post("POST-20MB", 20 * MB, 1000, 100)),
                c("body-limit-raised", "§9.1 fix: client_max_body_size 100MB lets the 20 MB POST through", false,
                        chain(roomyA(), app(FrontKind.GCP_INTERNAL_TCP_LB)), none(), post("POST-20MB", 20 * MB, 1000, 100)),
                c("client-stall-closed", "§15 the client pauses a 20 MB upload 75 s after 5 MB; A's "
                        + "client_body_timeout (60 s) closes the connection at 4 + 60 = 64 s and sends nothing (no 408)",
                        true, chain(directA(), app(FrontKind.GCP_INTERNAL_TCP_LB)), none(), pausing(75)),
                c("client-stall-in-time", "§15 the same upload paused 45 s, within client_body_timeout: it completes",
                        false, chain(directA(), app(FrontKind.GCP_INTERNAL_TCP_LB)), none(), pausing(45)),
                c("read-timeout-504", "§8.10 the app needs 90 s, A's proxy_read_timeout is 60 s: 504 from A", true,
                        chain(roomyA(), app(FrontKind.GCP_INTERNAL_TCP_LB)), none(), get("GET-90s", 0, 90_000)),
                c("read-timeout-raised", "§9.4 fix: proxy_read_timeout 120 s", false,
                        chain(roomyA().with(ProxySettings.UPSTREAM_READ_TIMEOUT, TimeSpan.ofSeconds(120)),
                                app(FrontKind.GCP_INTERNAL_TCP_LB)), none(), get("GET-90s", 0, 90_000)),
                c("drain-too-short", "§8.5 A rolls with drain 0 while a 50 MB POST uploads: the GFE cuts it", true,
                        chain(roomyA(), app(FrontKind.GCP_INTERNAL_TCP_LB)), roll("A"), post("POST-50MB", 50 * MB, 40_000, 100)),
                c("drain-enough", "§9.7 fix: drain 15 s outlasts the upload", false,
                        chain(drained(roomyA(), "15s"), app(FrontKind.GCP_INTERNAL_TCP_LB)), roll("A"),
                        post("POST-50MB", 50 * MB, 40_000, 100)),
                c("l4-drain-quit-then-term", "§8.8, §2 B rolls with drain 0: the NLB drops the flow, QUIT keeps "
                        + "the stream session, TERM 5 s later closes it: 502 from A", true,
                        abd(roomyA(), b("0s")), roll("B"), get("GET-20s", 60_000, 20_000)),
                c("l4-drain-enough", "§9.8 fix: B's drain 15 s outlasts the GET", false,
                        abd(roomyA(), b("15s")), roll("B"), get("GET-20s", 60_000, 20_000)),
                c("l4-shutdown-timeout", "§4, §2 as l4-drain-quit-then-term, with B's worker_shutdown_timeout 2 s: "
                        + "the session ends 2 s after QUIT, before the unit's TERM", false,
                        abd(roomyA(), b("0s").with(ProxySettings.WORKER_SHUTDOWN_TIMEOUT, TimeSpan.ofSeconds(2))),
                        roll("B"), get("GET-20s", 60_000, 20_000)),
                c("l4-idle-timeout", "§4, §9.5 B's proxy_timeout 20 s is shorter than the app's 30 s of silence: "
                        + "B closes the session, 502 from A", false,
                        abd(roomyA(), b("0s").with(ProxySettings.STREAM_IDLE_TIMEOUT, TimeSpan.ofSeconds(20))), none(),
                        get("GET-30s", 0, 30_000)),
                c("l4-pooled-post-cut", "§8.8 A's pooled connection through draining B carries a POST: cut, "
                        + "not retried", true, pooled(32), roll("B"),
                        get("warm-up", 60_000, 100), post("POST-1MB", MB, 75_000, 5000)),
                c("l4-pooled-get-retried", "§8.7, §8.12 the same error on a cached connection: nginx retries "
                        + "the GET through the NLB", false, pooled(32), roll("B"),
                        get("warm-up", 60_000, 100), get("GET-6s", 75_000, 6000)),
                c("l4-no-pool-post-ok", "§9.8 fix: no upstream keepalive at A, the POST takes a new connection "
                        + "to the new B", false, pooled(0), roll("B"),
                        get("warm-up", 60_000, 100), post("POST-1MB", MB, 75_000, 5000)),
                c("buffering-on-d-roll", "§8.11 A buffers the 50 MB upload, so D's roll at 5 s never touches it",
                        false, chain(roomyA(), app(FrontKind.K8S_SERVICE)), roll("D", 5000),
                        post("POST-50MB", 50 * MB, 0, 100)),
                c("buffering-off-d-roll", "§8.11 without buffering the body streams to the old D pod, which "
                        + "exits at once on TERM: 502 from A", false,
                        chain(roomyA().with(ProxySettings.REQUEST_BUFFERING, false), app(FrontKind.K8S_SERVICE)),
                        roll("D", 5000), post("POST-50MB", 50 * MB, 0, 100)),
                c("kong-quit-cuts", "§8.9 kong quit --wait=15 --timeout=10: TERM 10 s after QUIT cuts a 40 s POST",
                        true, chain(kong(), app(FrontKind.KONG_UPSTREAM)), roll("C"), post("POST-40s", 1000, 5000, 40_000)),
                c("kong-quit-raised", "§9.9 fix: kong quit --timeout=21, grace 41 s", false,
                        chain(kong().with(LifecycleSettings.KONG_QUIT_TIMEOUT, TimeSpan.ofSeconds(21))
                                .with(LifecycleSettings.TERMINATION_GRACE_PERIOD, TimeSpan.ofSeconds(41)),
                                app(FrontKind.KONG_UPSTREAM)), roll("C"), post("POST-40s", 1000, 5000, 40_000)),
                c("kong-read-timeout-get-retried", "§8.10, §8.12 the app needs 90 s, Kong's read_timeout is 60 s "
                        + "and retries 1: Kong tries the GET twice (504 after 120 s), the POST once (504 after 60 s)",
                        false, chain(kong().with(ProxySettings.RETRIES, 1), app(FrontKind.KONG_UPSTREAM)), none(),
                        get("GET-90s", 0, 90_000), post("POST-90s", 1000, 0, 90_000)),
                c("connect-refused-both-retried", "§8.1, §8.12 the old D pod has closed its listener but Kong "
                        + "still lists it: the refused connection is retried for GET and POST alike", false,
                        chain(kong(), slowReadyApp(FrontKind.KONG_UPSTREAM, StopBehaviour.GRACEFUL)), roll("D"),
                        get("GET", 16_000, 100), post("POST-1kB", 1000, 16_100, 100)),
                c("reset-get-retried-post-cut", "§8.12 the old D pod exits at once under two requests: Kong "
                        + "retries the GET through the Service to the new pod, not the POST", true,
                        chain(kong(), slowReadyApp(FrontKind.K8S_SERVICE, StopBehaviour.IMMEDIATE)),
                        roll("D"), get("GET-15s", 5000, 15_000), post("POST-15s", 1000, 5000, 15_000)),
                c("reset-kong-targets", "§8.12 the same with Kong's own targets: Kong retries the GET on the "
                        + "new pod, not the POST", true,
                        chain(kong(), slowReadyApp(FrontKind.KONG_UPSTREAM, StopBehaviour.IMMEDIATE)),
                        roll("D"), get("GET-15s", 5000, 15_000), post("POST-15s", 1000, 5000, 15_000)),
                c("hash-affinity-draining", "§12 Kong hashes client u1 (nginx hash consistent on its X-Client "
                        + "header; which pod the ring gives u1 depends on the gates' ports, and every pod gives the "
                        + "same outcome here): u1's POST on the old D pod, which exits at once, is cut as without "
                        + "affinity; u1's next GET, while the exited pod is still listed, is refused there and "
                        + "moves on to the new pod", false,
                        chain(kong(), slowReadyApp(FrontKind.KONG_UPSTREAM, StopBehaviour.IMMEDIATE)
                                .with(FrontSettings.HASH_ON, KongHashOn.HEADER)), roll("D"),
                        client("u1", get("GET-pin", 1000, 100)), client("u1", post("POST-15s", 1000, 5000, 15_000)),
                        client("u1", get("GET-after", 16_000, 100))),
                c("resumable-shared-survives", "§13 a 50 MB tus upload in 5 MB chunks streams through A (no "
                        + "buffering) while D rolls; the old pod exits at once and cuts a chunk; after its retry "
                        + "delays the client asks the new pod the offset (HEAD), which reads the shared storage, and "
                        + "resumes: the upload completes", true, streamingToD(false), roll("D", 10_000),
                        resumable(ResumableUpload.Storage.SHARED)),
                c("resumable-pod-restarts", "§13 the same upload kept on the old pod's own disk: the new pod "
                        + "answers the HEAD 404 and the client starts a new upload from byte 0; it completes late",
                        false, streamingToD(false), roll("D", 10_000), resumable(ResumableUpload.Storage.POD)),
                c("resumable-pod-not-found", "§13 the same with a 5 s preStop sleep, so no chunk is cut: the next "
                        + "PATCH reaches the new pod, which does not know the upload: 404, not retried, the upload "
                        + "fails (UPLOAD_NOT_FOUND)", false, streamingToD(true), roll("D", 10_000),
                        resumable(ResumableUpload.Storage.POD)));
    }

    public static List<LabCase> ci() {
        return all().stream().filter(LabCase::ci).collect(Collectors.toList());
    }

    public static List<LabCase> rest() {
        return all().stream().filter(c -> !c.ci()).collect(Collectors.toList());
    }

    private static LabCase c(String name, String teaches, boolean ci, Topology t, List<Disruption> d,
                             RequestSpec... requests) {
        return new LabCase(name, teaches, t, new Scenario(name, teaches, d, List.of(requests), null, 1), ci, "");
    }

    private static Topology chain(Hop... hops) {
        return new Topology("lab", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(hops), Layout.EMPTY);
    }

    private static Topology abd(Hop a, Hop b) {
        return chain(a, b, app(FrontKind.GCP_INTERNAL_TCP_LB));
    }

    /** A with this upstream keepalive through B (drain 10 s) to D, which keeps idle connections 75 s. */
    private static Topology pooled(int keepalive) {
        return chain(roomyA().with(ProxySettings.UPSTREAM_KEEPALIVE, keepalive), b("10s"),
                app(FrontKind.GCP_INTERNAL_TCP_LB).with(ProxySettings.KEEPALIVE_TIMEOUT, TimeSpan.ofSeconds(75)));
    }

    private static Hop drained(Hop h, String drain) {
        return h.with(FrontSettings.DRAIN_TIMEOUT, TimeSpan.parse(drain));
    }

    /** D behind Kong that counts as available 5 s after ready, so Kong's view holds old and new pods together. */
    private static Hop slowReadyApp(FrontKind front, StopBehaviour onStop) {
        return app(front).with(RolloutSettings.MIN_READY, TimeSpan.ofSeconds(5))
                .with(LifecycleSettings.ON_STOP_SIGNAL, onStop);
    }

    /**
     * A (100 MB bodies) behind an L4 balancer instead of the GFE, so the client talks to A itself:
     * the lab's GFE is an nginx with client timers of its own, which the real GFE does not document (§15).
     */
    private static Hop directA() {
        return Hop.of("A", "A nginx", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_INTERNAL_TCP_LB, 1)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100));
    }

    /** A 20 MB POST at 0 whose client pauses this many seconds after 5 MB (4 s at 10 Mbit/s). */
    private static RequestSpec pausing(long seconds) {
        return new RequestSpec("POST-20MB", "POST", ByteSize.ofBytes(20 * MB), ByteSize.ofBytes(1_000), null, null,
                TimeSpan.ZERO, TimeSpan.ofMillis(100), null, new ClientBehaviour(TimeSpan.ZERO,
                        new ClientBehaviour.Pause(ByteSize.ofBytes(5 * MB), TimeSpan.ofSeconds(seconds)), null, null));
    }

    /**
     * A streaming (request buffering off) to D behind a Kubernetes Service, whose pods exit at once on
     * TERM, after a 5 s preStop sleep if asked: each chunk reaches the pod as the client sends it.
     */
    private static Topology streamingToD(boolean preStop) {
        Hop d = app(FrontKind.K8S_SERVICE);
        return chain(roomyA().with(ProxySettings.REQUEST_BUFFERING, false),
                preStop ? d.with(LifecycleSettings.PRE_STOP_SLEEP, TimeSpan.ofSeconds(5)) : d);
    }

    /** A 50 MB tus upload at 0 in 5 MB chunks (4 s each at 10 Mbit/s, D answers 100 ms later), tus-js-client's retries. */
    private static RequestSpec resumable(ResumableUpload.Storage storage) {
        return post("UP", 50 * MB, 0, 100).withResumable(new ResumableUpload(ResumableUpload.Protocol.TUS,
                ByteSize.ofBytes(5 * MB), null, null, storage));
    }

    private static RequestSpec client(String id, RequestSpec r) {
        return r.withClient(r.client().withId(id));
    }

    private static List<Disruption> none() {
        return List.of();
    }

    private static List<Disruption> roll(String hop) {
        return roll(hop, 0);
    }

    private static List<Disruption> roll(String hop, long atMillis) {
        return List.of(new RollOut(hop, TimeSpan.ofMillis(atMillis)));
    }

    private static RequestSpec get(String id, long start, long processing) {
        return new RequestSpec(id, "GET", ByteSize.ZERO, ByteSize.ofBytes(10_000), null, null,
                TimeSpan.ofMillis(start), TimeSpan.ofMillis(processing), null);
    }

    private static RequestSpec post(String id, long body, long start, long processing) {
        return new RequestSpec(id, "POST", ByteSize.ofBytes(body), ByteSize.ofBytes(1_000), null, null,
                TimeSpan.ofMillis(start), TimeSpan.ofMillis(processing), null);
    }
}
