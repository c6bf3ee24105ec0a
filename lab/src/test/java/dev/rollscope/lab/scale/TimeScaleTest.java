package dev.rollscope.lab.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.scenario.Transaction;
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
import dev.rollscope.model.units.Bandwidth;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static final TimeScale TEN = new TimeScale(10);

    private static Topology nginxThenApp() {
        Hop a = Hop.of("A", "A", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1);
        Hop d = Hop.of("D", "D", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 1);
        return new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, d), Layout.EMPTY);
    }

    private static Scenario oneUpload() {
        RequestSpec post = new RequestSpec("up", "POST", ByteSize.ofMegabytes(50), ByteSize.ofBytes(1000), null, null,
                TimeSpan.ofSeconds(30), TimeSpan.ofMillis(1500), null);
        return new Scenario("s", "", List.of(new RollOut("A", TimeSpan.ofSeconds(5))), List.of(post), null, 7);
    }

    @Test
    void dividesEverySettingDurationAndSize() {
        Hop a = TEN.apply(nginxThenApp(), oneUpload()).topology().hops().get(0);

        assertThat(a.get(ProxySettings.UPSTREAM_READ_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(6));
        assertThat(a.get(FrontSettings.BACKEND_TIMEOUT)).isEqualTo(TimeSpan.ofSeconds(3));
        // 1 MiB / 10 = 104 857.6 bytes, rounded
        assertThat(a.get(ProxySettings.CLIENT_MAX_BODY_SIZE)).isEqualTo(ByteSize.ofBytes(104_858));
        assertThat(a.get(ProxySettings.WORKER_SHUTDOWN_TIMEOUT)).isEqualTo(TimeSpan.NONE);
    }

    /** A client's header time, pause byte and length, and stop are divided too (domain.md §15). */
    @Test
    void dividesTheClientsPausesAndStops() {
        ClientBehaviour client = new ClientBehaviour(TimeSpan.ofSeconds(2),
                new ClientBehaviour.Pause(ByteSize.ofMegabytes(10), TimeSpan.ofSeconds(75)), null,
                ByteSize.ofBytes(500));
        Scenario s = oneUpload().withRequests(List.of(oneUpload().requests().get(0).withClient(client)));

        RequestSpec up = TEN.apply(nginxThenApp(), s).scenario().requests().get(0);

        assertThat(up.client()).isEqualTo(new ClientBehaviour(TimeSpan.ofMillis(200),
                new ClientBehaviour.Pause(ByteSize.ofMegabytes(1), TimeSpan.ofMillis(7_500)), null,
                ByteSize.ofBytes(50)));
    }

    /**
     * A tus upload's chunk and tus-js-client's default delays (0, 1, 3, 5 s) are divided; the
     * storage stays (domain.md §13).
     */
    @Test
    void dividesAResumableUploadsChunkAndRetryDelays() {
        RequestSpec tus = oneUpload().requests().get(0).withResumable(new ResumableUpload(ResumableUpload.Protocol.TUS,
                ByteSize.ofMegabytes(5), null, null, ResumableUpload.Storage.SHARED));

        RequestSpec up = TEN.apply(nginxThenApp(), oneUpload().withRequests(List.of(tus))).scenario().requests().get(0);

        assertThat(up.resumable()).isEqualTo(new ResumableUpload(ResumableUpload.Protocol.TUS,
                ByteSize.ofBytes(500_000), List.of(TimeSpan.ZERO, TimeSpan.ofMillis(100), TimeSpan.ofMillis(300),
                        TimeSpan.ofMillis(500)), null, ResumableUpload.Storage.SHARED));
    }

    /** A transaction's start and length are divided like every other time (domain.md §16). */
    @Test
    void dividesATransaction() {
        RequestSpec post = oneUpload().requests().get(0)
                .withTransaction(new Transaction(TimeSpan.ofMillis(500), TimeSpan.ofSeconds(1)));

        RequestSpec up = TEN.apply(nginxThenApp(), oneUpload().withRequests(List.of(post))).scenario().requests().get(0);

        assertThat(up.transaction()).isEqualTo(new Transaction(TimeSpan.ofMillis(50), TimeSpan.ofMillis(100)));
    }

    /** A blue/green switch is simulated only: the lab refuses it in words, not with a cast error. */
    @Test
    void refusesABlueGreenSwitchItDoesNotDrive() {
        Scenario s = new Scenario("s", "", List.of(new BlueGreen(BlueGreen.Method.SELECTOR, "D", TimeSpan.ofSeconds(5))),
                oneUpload().requests(), null, 7);

        assertThatThrownBy(() -> TEN.apply(nginxThenApp(), s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the lab does not drive");
    }

    /** A GCS chunk stays a 256 KiB multiple: 4 MiB / 10 = 419 430 B becomes 2 × 262 144 = 524 288 B, listed. */
    @Test
    void keepsAGcsChunkAMultipleOf256KibAndSaysSo() {
        RequestSpec gcs = oneUpload().requests().get(0).withResumable(new ResumableUpload(ResumableUpload.Protocol.GCS,
                ByteSize.ofBytes(4L << 20), null, null, null));

        TimeScale.Scaled s = TEN.apply(nginxThenApp(), oneUpload().withRequests(List.of(gcs)));

        ResumableUpload up = s.scenario().requests().get(0).resumable();
        assertThat(up.chunkBytes()).isEqualTo(524_288);
        assertThat(up.deadline()).isEqualTo(TimeSpan.ofMillis(3200));
        assertThat(s.clamped()).contains("up.resumable.chunkSize = 524288 B (scaled 419430 B; GCS chunks are 256 KiB "
                + "multiples)");
    }

    @Test
    void keepsBandwidthsSoTransfersTakeATenthAsLong() {
        TimeScale.Scaled s = TEN.apply(nginxThenApp(), oneUpload());
        RequestSpec up = s.scenario().requests().get(0);

        assertThat(s.topology().client()).isEqualTo(ClientProfile.DEFAULT);
        assertThat(s.topology().network()).isEqualTo(Network.DEFAULT);
        assertThat(up.body()).isEqualTo(ByteSize.ofMegabytes(5));
        // 50 MB at 10 Mbit/s is 40 s; 5 MB is 4 s
        assertThat(Bandwidth.ofMbit(10).transferMillis(up.body())).isEqualTo(4000);
        assertThat(up.start()).isEqualTo(TimeSpan.ofSeconds(3));
        assertThat(up.processing()).isEqualTo(TimeSpan.ofMillis(150));
        assertThat(s.scenario().disruptions().get(0).at()).isEqualTo(TimeSpan.ofMillis(500));
        assertThat(s.scenario().seed()).isEqualTo(7);
    }

    @Test
    void raisesAHealthCheckIntervalBelowTheApiMinimumAndSaysSo() {
        TimeScale.Scaled s = TEN.apply(nginxThenApp(), oneUpload());

        assertThat(s.topology().hops().get(0).get(FrontSettings.HEALTH_CHECK_INTERVAL)).isEqualTo(TimeSpan.ofSeconds(1));
        assertThat(s.clamped()).contains("A.front.healthCheckInterval = 1s (scaled 500ms)");
    }

    @Test
    void multipliesATrafficRateSoTheSameNumberOfRequestsArrives() {
        TrafficMix mix = new TrafficMix(2.0, TimeSpan.ZERO, TimeSpan.ofSeconds(60),
                List.of(new MixEntry("g", "GET", ByteSize.ZERO, ByteSize.ofBytes(5000), null, 1)));
        Scenario s = oneUpload().withTraffic(mix);

        TrafficMix scaled = TEN.apply(nginxThenApp(), s).scenario().traffic();

        assertThat(scaled.ratePerSecond()).isEqualTo(20.0);
        assertThat(scaled.until()).isEqualTo(TimeSpan.ofSeconds(6));
        assertThat(scaled.entries().get(0).response()).isEqualTo(ByteSize.ofBytes(500));
    }

    @Test
    void refusesAFactorBelowOne() {
        assertThatThrownBy(() -> new TimeScale(0)).hasMessageContaining("1 to 1000, not 0");
    }
}
