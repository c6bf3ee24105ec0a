package dev.rollscope.model.io;

import static dev.rollscope.model.io.FileFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.MixEntry;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.units.Bandwidth;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import org.junit.jupiter.api.Test;

/** A request's and a mix entry's {@code client} object (domain.md §15) in the file, and its errors with their place. */
class ClientBehaviourFormatTest {

    /** A valid file of hops A and D: line 9 holds the request, line 11 the mix entry. */
    private static final String BASE = FileFixture.aAndD("""
            "requests": [{"id": "up", "method": "POST", "start": "1s", "body": "50MB", "response": "1MB", "client": {"headerTime": "2s", "uploadPause": {"at": "10MB", "for": "75s"}, "downloadPause": {"at": "1kB", "for": "5s"}}}],
            "traffic": {"ratePerSecond": 1, "from": "0s", "until": "10s",
                        "entries": [{"name": "slow", "method": "GET", "body": "0B", "response": "1MB", "weight": 1, "download": "1Mbit/s", "client": {"stopsReadingAt": "100kB"}}]}
            """);

    @Test
    void theClientIsReadAndWrittenBackTheSame() throws ProjectFileException {
        Project p = ProjectFile.parse(BASE, "t.json");
        RequestSpec up = p.scenarios().get(0).requests().get(0);
        MixEntry slow = p.scenarios().get(0).traffic().entries().get(0);

        assertThat(up.client()).isEqualTo(new ClientBehaviour(TimeSpan.ofSeconds(2),
                new ClientBehaviour.Pause(ByteSize.ofMegabytes(10), TimeSpan.ofSeconds(75)),
                new ClientBehaviour.Pause(ByteSize.ofBytes(1000), TimeSpan.ofSeconds(5)), null));
        assertThat(slow.client()).isEqualTo(new ClientBehaviour(TimeSpan.ZERO, null, null, ByteSize.ofBytes(100_000)));
        assertThat(slow.download()).isEqualTo(Bandwidth.ofMbit(1));
        assertThat(slow.toRequest("slow.1", TimeSpan.ZERO).client()).isEqualTo(slow.client());
        String once = ProjectFile.format(p);
        assertThat(once.replaceAll("\\s+", "")).contains("\"response\":\"1MB\",\"client\":{\"headerTime\":\"2s\","
                + "\"uploadPause\":{\"at\":\"10MB\",\"for\":\"75s\"},\"downloadPause\":{\"at\":\"1kB\",\"for\":\"5s\"}}",
                "\"download\":\"1Mbit/s\",\"client\":{\"stopsReadingAt\":\"100kB\"}");
        assertThat(ProjectFile.parse(once, "t.json")).isEqualTo(p);
    }

    @Test
    void noClientMeansOneThatDoesNotPause() throws ProjectFileException {
        String plain = BASE.replaceAll(", \"client\": \\{[^\\n]*\\}\\}\\}\\]", "}]").replace(", \"client\": {\"stopsReadingAt\": \"100kB\"}", "");
        Project p = ProjectFile.parse(plain, "t.json");

        assertThat(p.scenarios().get(0).requests().get(0).client()).isEqualTo(ClientBehaviour.NONE);
        assertThat(p.scenarios().get(0).traffic().entries().get(0).client()).isEqualTo(ClientBehaviour.NONE);
        assertThat(ProjectFile.format(p).replaceAll("\\s+", "")).doesNotContain("\"1MB\",\"client\"")
                .doesNotContain("\"1Mbit/s\",\"client\"");
    }

    @Test
    void aPauseBeyondTheBodyIsRefusedAtTheRequestsClient() {
        assertThat(message(BASE.replace("\"at\": \"10MB\"", "\"at\": \"60MB\"")))
                .startsWith("t.json:9:").contains("$.scenarios[0].requests[0].client: request up: client uploadPause at 60MB"
                        + " must lie inside the body (50MB)");
    }

    @Test
    void aStopBeyondTheResponseIsRefusedAtTheEntrysClient() {
        assertThat(message(BASE.replace("\"100kB\"", "\"2MB\"")))
                .contains("$.scenarios[0].traffic.entries[0].client: mix entry slow: client stopsReadingAt 2MB"
                        + " must lie inside the response (1MB)");
    }

    @Test
    void aZeroPauseAnUnknownKeyAndBothDownloadStallsAreRefused() {
        assertThat(message(BASE.replace("\"for\": \"75s\"", "\"for\": \"0s\"")))
                .contains("$.scenarios[0].requests[0].client.uploadPause: a pause must last a finite time over 0, not 0s");
        assertThat(message(BASE.replace("\"headerTime\"", "\"headerTim\"")))
                .contains("$.scenarios[0].requests[0].client.headerTim: unknown key \"headerTim\"");
        assertThat(message(BASE.replace("{\"stopsReadingAt\": \"100kB\"}",
                "{\"stopsReadingAt\": \"100kB\", \"downloadPause\": {\"at\": \"1kB\", \"for\": \"5s\"}}")))
                .contains("$.scenarios[0].traffic.entries[0].client.downloadPause: client: give downloadPause or"
                        + " stopsReadingAt, not both");
    }
}
