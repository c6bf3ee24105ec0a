package dev.rollscope.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rollscope.model.Project;
import dev.rollscope.model.topology.ProxySettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's defects of issue 18, one named test each: files that are not files, values that
 * slipped through, values that were wrongly refused, and messages that were too long or printed
 * raw control characters. Lines and columns are counted by hand in {@link #BASE}.
 */
class HostileFilesTest {

    /** A valid file; each test changes one value of it. */
    private static final String BASE = """
            {
              "schemaVersion": 1,
              "name": "t",
              "hops": [
                {"id": "A", "name": "a", "kind": "NGINX_L7", "platform": "GCE_MIG", "front": "GCP_EXTERNAL_ALB",
                 "replicas": 1, "settings": {"proxy": {"keepaliveTimeout": "75s"}}},
                {"id": "D", "name": "d", "kind": "APP_RUNTIME", "platform": "GKE_DEPLOYMENT", "front": "K8S_SERVICE",
                 "replicas": 2}
              ],
              "scenarios": [
                {"name": "s", "seed": 1,
                 "disruptions": [{"type": "rollout", "hop": "D", "at": "10s"}],
                 "requests": [{"id": "GET", "method": "GET", "start": "12s", "body": "0B", "response": "1kB"}],
                 "traffic": {"ratePerSecond": 1, "from": "0s", "until": "5s",
                             "entries": [{"name": "r", "method": "GET", "body": "0B", "response": "1kB", "weight": 1}]}}
              ],
              "layout": {"A": {"x": 1, "y": 2}}
            }
            """;

    @TempDir
    Path dir;

    private static ProjectFileException refused(String json) {
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> ProjectFile.parse(json, "t.json"));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(300).doesNotContainPattern("[\\p{Cntrl}]");
        return e;
    }

    private static String with(String from, String to) {
        assertThat(BASE).contains(from);
        return BASE.replace(from, to);
    }

    @Test
    void theBaseIsValid() throws ProjectFileException {
        assertThat(ProjectFile.parse(BASE, "t.json").scenarios()).hasSize(1);
    }

    @Test
    void aFifoWithoutAWriterIsRefusedAtOnceInsteadOfWaitingForever() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        ProjectFileException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchThrowableOfType(ProjectFileException.class, () -> ProjectFile.read(fifo)));
        assertThat(e).hasMessage(fifo + ": is not a regular file (a device, pipe or socket); save the project to a "
                + "file first");
    }

    @Test
    void devUrandomIsRefusedInsteadOfReadUntilOutOfMemory() {
        Path urandom = Path.of("/dev/urandom");
        Assumptions.assumeTrue(Files.exists(urandom));
        ProjectFileException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> catchThrowableOfType(ProjectFileException.class, () -> ProjectFile.read(urandom)));
        assertThat(e.getMessage()).startsWith("/dev/urandom: is not a regular file");
    }

    @Test
    void aDirectoryIsRefusedWithOneLine() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("d.json"));
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> ProjectFile.read(sub));
        assertThat(e).hasMessage(sub + ": is a directory, not a Rollscope file");
    }

    @Test
    void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsRefused() throws Exception {
        Path at = dir.resolve("at.json");
        Files.writeString(at, BASE + " ".repeat((int) ProjectFile.MAX_BYTES - BASE.length()));
        assertThat(Files.size(at)).isEqualTo(ProjectFile.MAX_BYTES);
        assertThat(ProjectFile.read(at).topology().name()).isEqualTo("t");
        Files.writeString(at, " ", java.nio.file.StandardOpenOption.APPEND);
        assertThat(catchThrowableOfType(ProjectFileException.class, () -> ProjectFile.read(at)))
                .hasMessage(at + ": the file is 5000001 bytes; the limit is 5000000 bytes (5MB)");
    }

    @Test
    void aNulAfterATimeIsRefusedWithItsLocation() {
        assertThat(refused(with("\"keepaliveTimeout\": \"75s\"", "\"keepaliveTimeout\": \"75s\\u0000\"")))
                .hasMessage("t.json:6:64: $.hops[0].settings.proxy.keepaliveTimeout: proxy.keepaliveTimeout: "
                        + "not a time span: \"75s\\u0000\" (it holds a control character)");
    }

    @Test
    void aNewlineAfterAnEnumConstantIsRefused() {
        assertThat(refused(with("\"kind\": \"NGINX_L7\"", "\"kind\": \"NGINX_L7\\n\"")))
                .hasMessageStartingWith("t.json:5:38: $.hops[0].kind: not one of ")
                .hasMessageContaining("\"NGINX_L7\\n\" (it holds a control character)");
    }

    @Test
    void nullForASettingCountsAsAbsent() throws ProjectFileException {
        Project p = ProjectFile.parse(with("\"keepaliveTimeout\": \"75s\"", "\"keepaliveTimeout\": null"), "t.json");
        assertThat(p.topology().hops().get(0).isDefault(ProxySettings.KEEPALIVE_TIMEOUT)).isTrue();
    }

    @Test
    void nullForALayoutEntryCountsAsAbsent() throws ProjectFileException {
        Project p = ProjectFile.parse(with("\"A\": {\"x\": 1, \"y\": 2}", "\"A\": null"), "t.json");
        assertThat(p.topology().layout().of("A")).isEmpty();
    }

    @Test
    void noneIsRefusedAsARequestStart() {
        assertThat(refused(with("\"start\": \"12s\"", "\"start\": \"none\""))).hasMessage(
                "t.json:13:59: $.scenarios[0].requests[0].start: a request's start cannot be none: write a time like 60s");
    }

    @Test
    void noneIsRefusedAsARolloutsAt() {
        assertThat(refused(with("\"at\": \"10s\"", "\"at\": \"none\""))).hasMessage(
                "t.json:12:60: $.scenarios[0].disruptions[0].at: a disruption's at cannot be none: write a time like 60s");
    }

    @Test
    void noneIsRefusedAsAProcessingTime() {
        String json = with("\"response\": \"1kB\"}]", "\"response\": \"1kB\", \"processing\": \"none\"}]");
        assertThat(refused(json).getMessage()).endsWith(
                "$.scenarios[0].requests[0].processing: a processing time cannot be none: write a time like 60s");
    }

    @Test
    void noneIsRefusedAsATrafficUntil() {
        assertThat(refused(with("\"until\": \"5s\"", "\"until\": \"none\"")).getMessage()).endsWith(
                "$.scenarios[0].traffic.until: traffic's until cannot be none: write a time like 60s");
    }

    @Test
    void aStartPastTheHorizonIsRefused() {
        assertThat(refused(with("\"start\": \"12s\"", "\"start\": \"2d\"")).getMessage()).endsWith(
                "$.scenarios[0].requests[0].start: a request's start is at most 24h, the simulation's horizon, "
                        + "not 172800s");
    }

    @Test
    void aStartOfAHundredThousandMillionDaysIsRefusedNotANegativeSpan() {
        assertThat(refused(with("\"start\": \"12s\"", "\"start\": \"106751991167d\"")).getMessage()).endsWith(
                "$.scenarios[0].requests[0].start: a time span is at most 365d (or none for no limit), not "
                        + "\"106751991167d\"");
    }

    @Test
    void anAbsurdBandwidthIsRefusedWithItsLocation() {
        String json = with("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"client\": {\"upload\": \"1"
                + "0".repeat(39) + "bit/s\", \"download\": \"1Gbit/s\"},");
        assertThat(refused(json).getMessage()).startsWith("t.json:2:44: $.client.upload: a bandwidth is at most "
                + "10000Gbit/s, not \"1000");
    }

    @Test
    void aHundredGigabyteBodyIsAcceptedAndItsTransferComputedExactly() throws ProjectFileException {
        Project p = ProjectFile.parse(with("\"body\": \"0B\", \"response\": \"1kB\"}]",
                "\"body\": \"100GB\", \"response\": \"1kB\", \"upload\": \"1bit/s\"}]"), "t.json");
        var r = p.scenarios().get(0).requests().get(0);
        assertThat(r.upload().transferMillis(r.body())).isEqualTo(800_000_000_000_000L);
    }

    @Test
    void trafficWeightsThatOverflowAnIntAreRefused() {
        String json = with("\"weight\": 1}]", "\"weight\": 2147483647}, {\"name\": \"w\", \"method\": \"POST\", "
                + "\"body\": \"0B\", \"response\": \"1kB\", \"weight\": 2147483647}]");
        assertThat(refused(json).getMessage()).endsWith(
                "the weights of a traffic mix add up to at most 2147483647, not 4294967294");
    }

    @Test
    void aMegabyteStringIsQuotedAsAShortEscapedExcerpt() {
        String huge = "x".repeat(1_000_000);
        assertThat(refused(with("\"start\": \"12s\"", "\"start\": \"" + huge + "\"")).getMessage()).endsWith(
                "$.scenarios[0].requests[0].start: not a time span: \"" + "x".repeat(40)
                        + "…\" (1000000 characters) (write it like 60s, 1500ms, 10m, 1h or none)");
    }

    @Test
    void controlCharactersInAnUnknownKeyAreEscapedAndTheMessageIsOneLine() {
        String e = refused(with("\"name\": \"t\",", "\"name\": \"t\", \"evil\\u001b[31m\\n\": 1,")).getMessage();
        assertThat(e).isEqualTo("t.json:3:16: $[\"evil\\u001b[31m\\n\"]: unknown key \"evil\\u001b[31m\\n\" "
                + "(expected schemaVersion, name, description, client, network, hops, layout, scenarios)");
    }

    @Test
    void aMessageFromTheParserIsCutToThreeHundredCharacters() {
        String e = refused("{\"schemaVersion\": 1, \"name\": " + "t".repeat(10_000) + "}").getMessage();
        assertThat(e).startsWith("t.json:1:").hasSizeLessThanOrEqualTo(300);
    }
}
