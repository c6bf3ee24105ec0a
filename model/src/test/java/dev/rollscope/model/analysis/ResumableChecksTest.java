package dev.rollscope.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.scenario.RollOut;
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
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The static checks of resumable uploads (domain.md §13), on both sides of each boundary. */
class ResumableChecksTest {

    /** A streams the body (client 10 Mbit/s) to D, so one chunk is its upload time plus D's 100 ms. */
    private static Topology chain(int podsOfD) {
        Hop a = Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1)
                .with(ProxySettings.CLIENT_MAX_BODY_SIZE, ByteSize.ofMegabytes(100))
                .with(ProxySettings.REQUEST_BUFFERING, false)
                .with(FrontSettings.BACKEND_TIMEOUT, TimeSpan.ofSeconds(300));
        Hop d = Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, podsOfD);
        return new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, d), Layout.EMPTY);
    }

    private static List<Finding> run(Topology t, boolean rollD, ResumableUpload u) {
        RequestSpec up = new RequestSpec("UP", "POST", ByteSize.ofMegabytes(50), ByteSize.ZERO, null, null,
                TimeSpan.ZERO, TimeSpan.ofMillis(100), null).withResumable(u);
        Scenario s = new Scenario("s", "", rollD ? List.of(new RollOut("D", TimeSpan.ofSeconds(10))) : List.of(),
                List.of(up), null, 1);
        return Checks.run(t, s).stream().filter(f -> f.check().startsWith("upload") || f.check().startsWith("resume"))
                .toList();
    }

    private static ResumableUpload tus(Storage storage, ByteSize chunk) {
        return new ResumableUpload(Protocol.TUS, chunk, null, null, storage);
    }

    @Test
    void anUploadOnOnePodsDiskIsAnErrorWhenThatPodRollsAndAWarningOtherwise() {
        ByteSize five = ByteSize.ofMegabytes(5);

        assertThat(run(chain(1), true, tus(Storage.POD, five))).singleElement()
                .matches(f -> f.severity() == Severity.ERROR && f.check().equals("upload-on-pod"));
        assertThat(run(chain(1), false, tus(Storage.POD, five))).singleElement()
                .matches(f -> f.severity() == Severity.WARNING);
        assertThat(run(chain(3), false, tus(Storage.POD, five))).singleElement()
                .matches(f -> f.severity() == Severity.ERROR);
        assertThat(run(chain(1), true, tus(Storage.POD, null))).as("one PATCH: a retry starts from 0")
                .singleElement().matches(f -> f.severity() == Severity.WARNING);
        assertThat(run(chain(3), true, tus(Storage.SHARED, five))).isEmpty();
    }

    /** The words follow D's pods: with one there is no other pod to route a chunk to, only its replacement. */
    @Test
    void theMessageNamesOtherPodsOnlyWhenThereAreAny() {
        ByteSize five = ByteSize.ofMegabytes(5);
        Finding one = run(chain(1), true, tus(Storage.POD, five)).get(0);
        Finding three = run(chain(3), true, tus(Storage.POD, five)).get(0);

        assertThat(one.message(Locale.ENGLISH)).contains("knows it. A chunk sent after that pod is replaced is answered 404")
                .doesNotContain("another of");
        assertThat(three.message(Locale.ENGLISH)).contains("A chunk routed to another of D's 3 pods, or sent after that pod"
                + " is replaced, is answered 404");
        assertThat(one.message(Locale.SIMPLIFIED_CHINESE)).contains("认识它。在那个 Pod 被替换之后发出的分块，会得到 404")
                .doesNotContain("中另一个");
        assertThat(three.message(Locale.SIMPLIFIED_CHINESE)).contains("被路由到 D 的 3 个 Pod 中另一个的分块，或者在那个 Pod"
                + " 被替换之后发出的分块，会得到 404");
    }

    /**
     * A 4 MiB chunk: 4 194 304 bytes at 10 Mbit/s = 3 355.4 ms, rounded up 3 356, + 100 ms at D =
     * 3 456 ms; the first retry comes at most 100 ms after a cut at its end: up to 3 556 ms after its
     * first try. The message says the pause is random, not that it is 100 ms (gax-go's full jitter).
     */
    @Test
    void aGcsChunkMustLeaveRoomForARetryWithinTheDeadline() {
        ResumableUpload at = new ResumableUpload(Protocol.GCS, ByteSize.ofBytes(4L << 20), null,
                TimeSpan.ofMillis(3_556), Storage.SHARED);
        ResumableUpload after = new ResumableUpload(Protocol.GCS, ByteSize.ofBytes(4L << 20), null,
                TimeSpan.ofMillis(3_557), Storage.SHARED);

        List<Finding> late = run(chain(1), true, at);
        assertThat(late).singleElement().matches(f -> f.check().equals("resume-deadline"));
        assertThat(late.get(0).message(Locale.ENGLISH)).contains("One 4MiB chunk of UP takes 3.456 s")
                .contains("within 3.556 s of its first try, and its first retry comes at a random time up to 100 ms"
                        + " after the failure: a chunk cut near its end is retried only when that pause happens to be"
                        + " short enough; otherwise the upload fails.")
                .doesNotContain("first retry 100 ms after");
        assertThat(late.get(0).message(Locale.SIMPLIFIED_CHINESE)).contains("3.456 s")
                .contains("而第一次重试在失败后最多 100 ms 内的随机时刻：在接近结尾时被切断的分块，只有这次等待恰好足够短才会被重试，否则上传失败。");
        assertThat(run(chain(1), true, after)).isEmpty();
    }
}
