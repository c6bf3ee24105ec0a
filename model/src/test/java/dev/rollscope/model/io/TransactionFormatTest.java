package dev.rollscope.model.io;

import static dev.rollscope.model.io.FileFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.Transaction;
import dev.rollscope.model.units.TimeSpan;
import org.junit.jupiter.api.Test;

/** A request's {@code transaction} object (domain.md §16) in the file, and its errors with their place. */
class TransactionFormatTest {

    /** A valid file: line 8 holds the request. */
    private static final String BASE = """
            {
              "schemaVersion": 1,
              "name": "t",
              "hops": [{"id": "D", "name": "d", "kind": "APP_RUNTIME", "platform": "GKE_DEPLOYMENT", "front": "K8S_SERVICE", "replicas": 1}],
              "scenarios": [
                {
                  "name": "s", "seed": 1,
                  "requests": [{"id": "order", "method": "POST", "start": "1s", "body": "1kB", "response": "1kB", "processing": "3s", "transaction": {"from": "1s", "for": "1500ms"}}]
                }
              ]
            }
            """;

    @Test
    void theTransactionIsReadAndWrittenBackTheSame() throws ProjectFileException {
        Project p = ProjectFile.parse(BASE, "t.json");
        RequestSpec order = p.scenarios().get(0).requests().get(0);

        assertThat(order.transaction()).isEqualTo(new Transaction(TimeSpan.ofSeconds(1), TimeSpan.ofMillis(1500)));
        assertThat(order.transaction().commitAt()).isEqualTo(TimeSpan.ofMillis(2500));
        String once = ProjectFile.format(p);
        assertThat(once.replaceAll("\\s+", "")).contains("\"transaction\":{\"from\":\"1s\",\"for\":\"1500ms\"}");
        assertThat(ProjectFile.parse(once, "t.json")).isEqualTo(p);
    }

    @Test
    void noTransactionIsNone() throws ProjectFileException {
        Project p = ProjectFile.parse(BASE.replace(", \"transaction\": {\"from\": \"1s\", \"for\": \"1500ms\"}", ""),
                "t.json");

        assertThat(p.scenarios().get(0).requests().get(0).transaction()).isNull();
        assertThat(ProjectFile.format(p)).doesNotContain("transaction");
    }

    @Test
    void aTransactionBeyondTheProcessingIsRefusedAtTheTransaction() {
        assertThat(message(BASE.replace("\"for\": \"1500ms\"", "\"for\": \"2500ms\"")))
                .startsWith("t.json:8:").contains("$.scenarios[0].requests[0].transaction: request order: the transaction"
                        + " (from 1s for 2500ms) must commit within the processing time 3s");
        assertThat(message(BASE.replace("\"processing\": \"3s\", ", "")))
                .contains("$.scenarios[0].requests[0].transaction: request order: a transaction needs the request's own"
                        + " processing time");
    }

    @Test
    void aZeroLengthAndAMissingKeyAreRefused() {
        assertThat(message(BASE.replace("\"for\": \"1500ms\"", "\"for\": \"0s\"")))
                .contains("$.scenarios[0].requests[0].transaction.for: a transaction's for must be above 0, not 0s");
        assertThat(message(BASE.replace("\"from\": \"1s\"", "\"form\": \"1s\"")))
                .contains("$.scenarios[0].requests[0].transaction.from: missing key \"from\"");
    }
}
