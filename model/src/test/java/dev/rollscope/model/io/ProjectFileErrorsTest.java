package dev.rollscope.model.io;

import static dev.rollscope.model.io.FileFixture.error;
import static dev.rollscope.model.io.FileFixture.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a file can be wrong gives one {@link ProjectFileException} whose message is
 * {@code FILE:LINE:COLUMN: PATH: message}. Lines and columns are counted by hand in {@link #BASE}.
 */
class ProjectFileErrorsTest {

    /** A valid file; each test breaks one line of it. */
    static final String BASE = """
            {
              "schemaVersion": 1,
              "name": "t",
              "hops": [
                {
                  "id": "A", "name": "a", "kind": "NGINX_L7", "platform": "GCE_MIG", "front": "GCP_EXTERNAL_ALB",
                  "replicas": 1
                },
                {
                  "id": "D", "name": "d", "kind": "APP_RUNTIME", "platform": "GKE_DEPLOYMENT", "front": "K8S_SERVICE",
                  "replicas": 2
                }
              ],
              "scenarios": [
                {
                  "name": "s", "seed": 1,
                  "disruptions": [{"type": "rollout", "hop": "D", "at": "10s"}],
                  "requests": [{"id": "GET", "method": "GET", "start": "12s", "body": "0B", "response": "1kB"}]
                }
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theBaseFileIsValid() throws ProjectFileException {
        assertThat(ProjectFile.parse(BASE, "t.json").topology().hops()).hasSize(2);
    }

    @Test
    void malformedJsonNamesWhereTheParserStopped() {
        ProjectFileException e = error(BASE.replace("\"name\": \"t\",", "\"name\": \"t\""));

        assertThat(e.getMessage()).startsWith("t.json:4:3: $: malformed JSON: Unexpected character ('\"'");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void aRepeatedKeyIsMalformedJustAfterTheRepeat() {
        // the second "name" spans columns 16 to 21; the parser stops right after it
        assertThat(message(BASE.replace("\"name\": \"t\",", "\"name\": \"t\", \"name\": \"u\",")))
                .isEqualTo("t.json:3:22: $: malformed JSON: Duplicate field 'name'");
    }

    @Test
    void contentAfterTheTopLevelObjectIsMalformed() {
        assertThat(message(BASE + "{}")).startsWith("t.json:22:1: $: malformed JSON: Trailing token");
    }

    @Test
    void anEmptyFileSaysWhatAFileIs() {
        assertThat(message("")).isEqualTo("t.json:1:1: $: the file is empty; a Rollscope file is a JSON object");
    }

    @Test
    void aTopLevelArrayIsTheWrongType() {
        assertThat(message("[1]")).isEqualTo("t.json:1:1: $: expected an object {...}, not an array");
    }

    @Test
    void aWrongTypeNamesTheExpectedAndTheFoundValue() {
        assertThat(message(BASE.replace("\"replicas\": 1", "\"replicas\": \"1\"")))
                .isEqualTo("t.json:7:19: $.hops[0].replicas: expected a whole number, not the string \"1\"");
    }

    @Test
    void aMissingKeyPointsAtItsObject() {
        assertThat(message(BASE.replace("\"name\": \"t\",", "")))
                .isEqualTo("t.json:1:1: $.name: missing key \"name\"");
    }

    @Test
    void anUnknownTopLevelKeyListsTheKnownOnes() {
        assertThat(message(BASE.replace("\"name\": \"t\",", "\"name\": \"t\", \"colour\": \"red\",")))
                .isEqualTo("t.json:3:16: $.colour: unknown key \"colour\" (expected schemaVersion, name, description, "
                        + "client, network, hops, layout, scenarios)");
    }

    @Test
    void anUnknownKeyInAHopPointsAtTheKey() {
        assertThat(message(BASE.replace("\"replicas\": 1", "\"replicas\": 1, \"colour\": \"red\"")))
                .isEqualTo("t.json:7:22: $.hops[0].colour: unknown key \"colour\" (expected id, name, kind, platform, "
                        + "front, replicas, settings)");
    }

    @Test
    void anUnknownSettingGroupIsAnUnknownKey() {
        assertThat(message(withSettings("{\"proxi\": {}}")))
                .isEqualTo("t.json:7:35: $.hops[0].settings.proxi: unknown key \"proxi\" "
                        + "(expected front, proxy, lifecycle, rollout, database)");
    }

    @Test
    void anUnknownSettingListsTheSettingsOfItsGroup() {
        assertThat(message(withSettings("{\"proxy\": {\"bodySize\": \"1MB\"}}")))
                .startsWith("t.json:7:45: $.hops[0].settings.proxy.bodySize: unknown setting \"bodySize\" in proxy "
                        + "(this hop's proxy settings: clientHeaderTimeout, clientBodyTimeout,")
                .contains("clientMaxBodySize");
    }

    @Test
    void aSettingOfAnotherKindDoesNotApply() {
        assertThat(message(withSettings("{\"proxy\": {\"streamIdleTimeout\": \"10m\"}}")))
                .isEqualTo("t.json:7:45: $.hops[0].settings.proxy.streamIdleTimeout: proxy.streamIdleTimeout does not "
                        + "apply to a NGINX_L7 on GCE_MIG behind GCP_EXTERNAL_ALB");
    }

    @Test
    void aNegativeDurationPointsAtTheValue() {
        assertThat(message(withSettings("{\"proxy\": {\"clientBodyTimeout\": \"-5s\"}}")))
                .isEqualTo("t.json:7:66: $.hops[0].settings.proxy.clientBodyTimeout: proxy.clientBodyTimeout: "
                        + "a time span cannot be negative: \"-5s\"");
    }

    @Test
    void noneIsRefusedWhereTheSettingNeedsAFiniteTime() {
        assertThat(message(withSettings("{\"proxy\": {\"clientBodyTimeout\": \"none\"}}")))
                .isEqualTo("t.json:7:66: $.hops[0].settings.proxy.clientBodyTimeout: proxy.clientBodyTimeout must be "
                        + "a finite time span, not none");
    }

    @Test
    void aSettingOutOfRangeKeepsTheModelsMessage() {
        assertThat(message(withSettings("{\"front\": {\"drainTimeout\": \"2h\"}}")))
                .isEqualTo("t.json:7:61: $.hops[0].settings.front.drainTimeout: front.drainTimeout must be between "
                        + "0s and 3600s, not 7200s");
    }

    @Test
    void aSettingOfTheWrongJsonTypeSaysWhichTypeItNeeds() {
        assertThat(message(withSettings("{\"proxy\": {\"requestBuffering\": \"off\"}}")))
                .isEqualTo("t.json:7:65: $.hops[0].settings.proxy.requestBuffering: expected true or false, "
                        + "not the string \"off\"");
    }

    @Test
    void replicasOutOfRangePointsAtReplicas() {
        assertThat(message(BASE.replace("\"replicas\": 1", "\"replicas\": 0")))
                .isEqualTo("t.json:7:19: $.hops[0].replicas: hop A: replicas must be 1 to 1000, not 0");
    }

    @Test
    void anUnknownEnumValueListsTheChoices() {
        assertThat(message(BASE.replace("\"NGINX_L7\"", "\"NGINX\"")))
                .isEqualTo("t.json:6:39: $.hops[0].kind: \"NGINX\" is not one of NGINX_L7, NGINX_L4, KONG, "
                        + "APP_RUNTIME, GENERIC_L7, GENERIC_L4");
    }

    @Test
    void aDuplicateHopIdSaysWhereTheFirstOneIs() {
        assertThat(message(BASE.replace("\"id\": \"D\"", "\"id\": \"A\"")))
                .isEqualTo("t.json:10:13: $.hops[1].id: duplicate hop id \"A\" (first at $.hops[0].id)");
    }

    @Test
    void aChainThatDoesNotEndInARuntimeIsRefusedAtTheTopLevel() {
        assertThat(message(BASE.replace("\"APP_RUNTIME\"", "\"GENERIC_L7\"")))
                .isEqualTo("t.json:1:1: $: The chain must end in the application that answers, and D is not one. "
                        + "Keep the application last.");
    }

    @Test
    void aScenarioNamingAMissingHopListsTheHops() {
        assertThat(message(BASE.replace("\"hop\": \"D\"", "\"hop\": \"Z\"")))
                .isEqualTo("t.json:17:50: $.scenarios[0].disruptions[0].hop: hop id \"Z\" does not exist "
                        + "(hop ids here: A, D)");
    }

    @Test
    void aCrashOfAMissingInstancePointsAtTheInstance() {
        String crash = "{\"type\": \"crash\", \"hop\": \"D\", \"instance\": 2, \"at\": \"10s\"}";
        assertThat(message(BASE.replace("{\"type\": \"rollout\", \"hop\": \"D\", \"at\": \"10s\"}", crash)))
                .isEqualTo("t.json:17:65: $.scenarios[0].disruptions[0].instance: scenario \"s\": crash of instance 2 "
                        + "of hop D, which has 2 (0 to 1)");
    }

    @Test
    void anUnknownDisruptionTypeListsTheTypes() {
        assertThat(message(BASE.replace("\"rollout\"", "\"restart\"")))
                .isEqualTo("t.json:17:32: $.scenarios[0].disruptions[0].type: unknown disruption type \"restart\" "
                        + "(expected rollout, nodeUpgrade, crash, selectorSwitch, urlMapSwitch, kongTargetWeights or "
                        + "migCanary)");
    }

    @Test
    void aNegativeScenarioTimeIsRefused() {
        assertThat(message(BASE.replace("\"at\": \"10s\"", "\"at\": \"-10s\"")))
                .isEqualTo("t.json:17:61: $.scenarios[0].disruptions[0].at: a time span cannot be negative: \"-10s\"");
    }

    @Test
    void aRepeatedRequestIdSaysWhereTheFirstOneIs() {
        String twoGets = "{\"id\": \"GET\", \"method\": \"GET\", \"start\": \"12s\", \"body\": \"0B\", \"response\": \"1kB\"}";
        assertThat(message(BASE.replace(twoGets, twoGets + ", " + twoGets)))
                .isEqualTo("t.json:18:108: $.scenarios[0].requests[1].id: duplicate request id \"GET\" "
                        + "(first at $.scenarios[0].requests[0].id)");
    }

    @Test
    void aLayoutOfAMissingHopPointsAtItsKey() {
        assertThat(message(BASE.replace("\"name\": \"t\",", "\"name\": \"t\", \"layout\": {\"Q\": {\"x\": 1, \"y\": 2}},")))
                .isEqualTo("t.json:3:27: $.layout.Q: hop id \"Q\" does not exist (hop ids here: A, D)");
    }

    @Test
    void anotherSchemaVersionIsRefused() {
        assertThat(message(BASE.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")))
                .isEqualTo("t.json:2:20: $.schemaVersion: unsupported schemaVersion 2: this Rollscope reads "
                        + "schemaVersion 1");
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedBeforeParsing() throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(20_000_000L);
        }

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> ProjectFile.read(big));

        assertThat(e).hasMessage(big + ": the file is 20000000 bytes; the limit is 5000000 bytes (5MB)");
        assertThat(e.line()).isZero();
    }

    @Test
    void aMissingFileIsOneLine() {
        Path missing = dir.resolve("missing.json");

        assertThat(catchThrowableOfType(ProjectFileException.class, () -> ProjectFile.read(missing)))
                .hasMessage(missing + ": no such file");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xE9, '"', '}'});

        assertThat(catchThrowableOfType(ProjectFileException.class, () -> ProjectFile.read(latin1)))
                .hasMessage(latin1 + ": the file is not UTF-8 text");
    }

    @Test
    void theExceptionCarriesEachPartOfTheLocation() {
        ProjectFileException e = error(BASE.replace("\"replicas\": 2", "\"replicas\": -2"));

        assertThat(e.file()).isEqualTo("t.json");
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.column()).isEqualTo(19);
        assertThat(e.path()).isEqualTo("$.hops[1].replicas");
        assertThat(e.detail()).isEqualTo("hop D: replicas must be 1 to 1000, not -2");
    }

    private static String withSettings(String settings) {
        return BASE.replace("\"replicas\": 1", "\"replicas\": 1, \"settings\": " + settings);
    }
}
