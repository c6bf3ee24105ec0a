package dev.rollscope.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.BlueGreen;
import dev.rollscope.model.scenario.Crash;
import dev.rollscope.model.scenario.MigCanary;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.NodeUpgrade;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.RollOut;
import dev.rollscope.model.scenario.Scenario;
import dev.rollscope.model.scenario.TrafficMix;
import dev.rollscope.model.topology.ClientProfile;
import dev.rollscope.model.topology.FrontKind;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.HopKind;
import dev.rollscope.model.topology.Layout;
import dev.rollscope.model.topology.Network;
import dev.rollscope.model.topology.Platform;
import dev.rollscope.model.topology.Position;
import dev.rollscope.model.topology.ProxySettings;
import dev.rollscope.model.topology.Setting;
import dev.rollscope.model.topology.Topology;
import dev.rollscope.model.units.Bandwidth;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileFormatTest {

    private static final Hop A = Hop.of("A", "a", HopKind.NGINX_L7, Platform.GCE_MIG, FrontKind.GCP_EXTERNAL_ALB, 1);
    private static final Hop C = Hop.of("C", "c", HopKind.KONG, Platform.GKE_DEPLOYMENT, FrontKind.GCP_INTERNAL_TCP_LB, 2);
    private static final Hop D = Hop.of("D", "d", HopKind.APP_RUNTIME, Platform.GKE_DEPLOYMENT, FrontKind.K8S_SERVICE, 2);

    @TempDir
    Path dir;

    @Test
    void writesDefaultsLeftOutSettingsInCatalogOrderAndTwoSpaceIndent() {
        Hop a = A.with(ProxySettings.UPSTREAM_READ_TIMEOUT, TimeSpan.ofSeconds(90))
                .with(ProxySettings.CLIENT_HEADER_TIMEOUT, TimeSpan.ofSeconds(10));
        Topology t = new Topology("tiny", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(a, D),
                Layout.EMPTY.with("A", new Position(100, 50.5)));

        assertThat(ProjectFile.format(new Project(t, List.of()))).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "name": "tiny",
                  "client": {
                    "upload": "10Mbit/s",
                    "download": "50Mbit/s"
                  },
                  "network": {
                    "internalBandwidth": "1Gbit/s"
                  },
                  "hops": [
                    {
                      "id": "A",
                      "name": "a",
                      "kind": "NGINX_L7",
                      "platform": "GCE_MIG",
                      "front": "GCP_EXTERNAL_ALB",
                      "replicas": 1,
                      "settings": {
                        "proxy": {
                          "clientHeaderTimeout": "10s",
                          "upstreamReadTimeout": "90s"
                        }
                      }
                    },
                    {
                      "id": "D",
                      "name": "d",
                      "kind": "APP_RUNTIME",
                      "platform": "GKE_DEPLOYMENT",
                      "front": "K8S_SERVICE",
                      "replicas": 2
                    }
                  ],
                  "layout": {
                    "A": {
                      "x": 100,
                      "y": 50.5
                    }
                  }
                }
                """);
    }

    @Test
    void requestsLeaveOutUnsetOptionalFieldsAndWriteSetOnes() {
        RequestSpec plain = RequestSpec.get("GET", TimeSpan.ofSeconds(1));
        RequestSpec full = new RequestSpec("PUT", "PUT", ByteSize.ofMegabytes(2), ByteSize.ZERO, Bandwidth.ofMbit(1),
                Bandwidth.ofMbit(2), TimeSpan.ZERO, TimeSpan.ofMillis(250), false);
        Scenario s = new Scenario("s", "", List.of(), List.of(plain, full), null, 7);

        String json = ProjectFile.format(new Project(topology(), List.of(s)));

        assertThat(json).contains("""
                      "requests": [
                        {
                          "id": "GET",
                          "method": "GET",
                          "start": "1s",
                          "body": "0B",
                          "response": "10kB"
                        },
                        {
                          "id": "PUT",
                          "method": "PUT",
                          "start": "0s",
                          "body": "2MB",
                          "response": "0B",
                          "upload": "1Mbit/s",
                          "download": "2Mbit/s",
                          "processing": "250ms",
                          "idempotent": false
                        }
                      ]
                """);
    }

    @Test
    void omittedSettingsAreFilledWithTheProfilesDefaults() throws ProjectFileException {
        Project p = ProjectFile.parse(ProjectFile.format(new Project(topology(), List.of())), "t.json");

        Hop kong = p.topology().hops().get(1);
        assertThat(kong.settings().keys()).isNotEmpty().allMatch(kong::isDefault);
        assertThat(kong.get(ProxySettings.RETRIES)).isEqualTo(5);
    }

    @Test
    void everyPartOfAProjectSurvivesARoundTrip() throws ProjectFileException {
        Project p = richProject();

        String once = ProjectFile.format(p);
        Project back = ProjectFile.parse(once, "t.json");

        assertThat(back).isEqualTo(p);
        assertThat(ProjectFile.format(back)).isEqualTo(once);
    }

    @Test
    void theTextEndsWithOneNewlineAndHasNoCarriageReturn() {
        String json = ProjectFile.format(richProject());

        assertThat(json).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFile() throws IOException, ProjectFileException {
        Path file = dir.resolve("p.json");
        Files.writeString(file, "old content");

        ProjectFile.write(richProject(), file);

        assertThat(ProjectFile.read(file)).isEqualTo(richProject());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aSettingOfEachJsonShapeIsWrittenInItsShape() throws ProjectFileException {
        Hop c = C.with(ProxySettings.RETRIES, 2).with(ProxySettings.REQUEST_BUFFERING, false);
        Project p = new Project(topology().withHop(1, c), List.of());

        String json = ProjectFile.format(p);

        assertThat(json).contains("\"requestBuffering\": false,").contains("\"retries\": 2\n");
        Hop back = ProjectFile.parse(json, "t.json").topology().hops().get(1);
        assertThat(nonDefaults(back)).containsExactly(ProxySettings.REQUEST_BUFFERING, ProxySettings.RETRIES);
    }

    private static List<Setting<?>> nonDefaults(Hop hop) {
        return hop.settings().keys().stream().filter(s -> !hop.isDefault(s)).toList();
    }

    private static Topology topology() {
        return new Topology("t", "", ClientProfile.DEFAULT, Network.DEFAULT, List.of(A, C, D), Layout.EMPTY);
    }

    private static Project richProject() {
        Topology t = new Topology("rich", "described: 中文 ≥ §9", new ClientProfile(Bandwidth.ofMbit(1),
                new Bandwidth(512_000)), new Network(Bandwidth.ofMbit(100)), List.of(A, C, D),
                Layout.EMPTY.with("C", new Position(-3.25, 0)).with("A", new Position(1, 2)));
        TrafficMix mix = new TrafficMix(2.5, TimeSpan.ZERO, TimeSpan.ofSeconds(60), List.of(
                new MixEntry("read", "GET", ByteSize.ZERO, ByteSize.ofBytes(2048), null, 9),
                new MixEntry("upload", "POST", ByteSize.ofMegabytes(50), ByteSize.ZERO, TimeSpan.ofSeconds(2), 1)));
        Scenario s1 = new Scenario("upgrade", "node upgrade and a crash",
                List.of(new NodeUpgrade(List.of("C", "D"), TimeSpan.ZERO, 3), new Crash("C", 1, TimeSpan.ofMillis(5500))),
                List.of(), mix, -4);
        Scenario s2 = new Scenario("roll", "", List.of(new RollOut("A", TimeSpan.ofSeconds(10))),
                List.of(RequestSpec.post("P", ByteSize.ofMegabytes(50), TimeSpan.ofSeconds(5))), null, 1);
        Scenario s3 = new Scenario("blue/green", "", List.of(new BlueGreen(BlueGreen.Method.SELECTOR, "D",
                TimeSpan.ZERO), new BlueGreen(BlueGreen.Method.URL_MAP, "A", TimeSpan.ofSeconds(1)),
                new MigCanary("A", TimeSpan.ofSeconds(2), 1)),
                List.of(RequestSpec.post("P", ByteSize.ofMegabytes(50), TimeSpan.ofSeconds(5))), null, 1);
        return new Project(t, List.of(s1, s2, s3));
    }
}
