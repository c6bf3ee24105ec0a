package dev.rollscope.model.io;

import static dev.rollscope.model.io.FileFixture.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.ResumableUpload.Protocol;
import dev.rollscope.model.scenario.ResumableUpload.Storage;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request's {@code resumable} object (domain.md §13) in the file, its defaults, and its errors with their place. */
class ResumableUploadFormatTest {

    /** A valid file of hops A and D: line 9 holds the tus upload, line 10 the GCS one. */
    private static final String BASE = FileFixture.aAndD("""
            "requests": [{"id": "tus", "method": "POST", "start": "1s", "body": "50MB", "response": "1kB", "resumable": {"protocol": "tus", "chunkSize": "5MB", "retryDelays": ["0s", "2s"], "storage": "shared"}},
                         {"id": "gcs", "method": "PUT", "start": "1s", "body": "50MB", "response": "1kB", "resumable": {"protocol": "GCS", "chunkSize": "8MiB", "retryDeadline": "60s"}}]
            """);

    @Test
    void theUploadIsReadAndWrittenBackTheSame() throws ProjectFileException {
        Project p = ProjectFile.parse(BASE, "t.json");
        RequestSpec tus = p.scenarios().get(0).requests().get(0);
        RequestSpec gcs = p.scenarios().get(0).requests().get(1);

        assertThat(tus.resumable()).isEqualTo(new ResumableUpload(Protocol.TUS, ByteSize.ofMegabytes(5),
                List.of(TimeSpan.ZERO, TimeSpan.ofSeconds(2)), null, Storage.SHARED));
        assertThat(gcs.resumable()).isEqualTo(new ResumableUpload(Protocol.GCS, ByteSize.ofBytes(8L << 20), null,
                TimeSpan.ofSeconds(60), null));
        String once = ProjectFile.format(p);
        assertThat(once.replaceAll("\\s+", "")).contains("\"resumable\":{\"protocol\":\"TUS\",\"chunkSize\":\"5MB\","
                + "\"retryDelays\":[\"0s\",\"2s\"],\"storage\":\"SHARED\"}");
        assertThat(ProjectFile.parse(once, "t.json")).isEqualTo(p);
    }

    /** Defaults (§13): tus one PATCH for the rest, delays 0/1/3/5 s, tusd's local disk; GCS 16 MiB, 32 s, shared. */
    @Test
    void unsetFieldsTakeTheProtocolsDefaults() {
        ResumableUpload tus = ResumableUpload.of(Protocol.TUS, null);
        ResumableUpload gcs = ResumableUpload.of(Protocol.GCS, null);

        assertThat(tus.chunkBytes()).isEqualTo(Long.MAX_VALUE);
        assertThat(tus.chunks(50_000_000)).isEqualTo(1);
        assertThat(tus.delays()).containsExactly(TimeSpan.ZERO, TimeSpan.ofSeconds(1), TimeSpan.ofSeconds(3),
                TimeSpan.ofSeconds(5));
        assertThat(tus.store()).isEqualTo(Storage.POD);
        assertThat(gcs.chunkBytes()).isEqualTo(16L << 20);
        assertThat(gcs.deadline()).isEqualTo(TimeSpan.ofSeconds(32));
        assertThat(gcs.store()).isEqualTo(Storage.SHARED);
        assertThat(List.of(ResumableUpload.backoff(0), ResumableUpload.backoff(1), ResumableUpload.backoff(8),
                ResumableUpload.backoff(9))).containsExactly(100L, 200L, 25_600L, 30_000L);
    }

    @Test
    void aGcsChunkOffTheQuarterMebibyteIsRefusedAtItsChunkSize() {
        assertThat(message(BASE.replace("\"8MiB\"", "\"5MB\"")))
                .startsWith("t.json:10:").contains("$.scenarios[0].requests[1].resumable.chunkSize: a GCS chunkSize must be a"
                        + " multiple of 256KiB (262144 bytes), not 5MB");
    }

    @Test
    void eachProtocolRefusesTheOthersRetrySetting() {
        assertThat(message(BASE.replace("\"retryDeadline\": \"60s\"", "\"retryDelays\": [\"1s\"]")))
                .contains("$.scenarios[0].requests[1].resumable.retryDelays: retryDelays is tus-js-client's schedule");
        assertThat(message(BASE.replace("\"retryDelays\": [\"0s\", \"2s\"]", "\"retryDeadline\": \"10s\"")))
                .contains("$.scenarios[0].requests[0].resumable.retryDeadline: retryDeadline is the GCS client's");
    }

    @Test
    void anUnknownProtocolAKeyAndAClientBesideItAreRefused() {
        assertThat(message(BASE.replace("\"protocol\": \"tus\"", "\"protocol\": \"s3\"")))
                .contains("$.scenarios[0].requests[0].resumable.protocol: \"s3\" is not one of TUS, GCS");
        assertThat(message(BASE.replace("\"storage\": \"shared\"", "\"storage\": \"nfs\"")))
                .contains("$.scenarios[0].requests[0].resumable.storage: \"nfs\" is not one of SHARED, POD");
        assertThat(message(BASE.replace("\"chunkSize\": \"5MB\"", "\"chunk\": \"5MB\"")))
                .contains("$.scenarios[0].requests[0].resumable.chunk: unknown key \"chunk\"");
        assertThat(message(BASE.replace("\"response\": \"1kB\", \"resumable\": {\"protocol\": \"tus\"",
                "\"response\": \"1kB\", \"client\": {\"headerTime\": \"1s\"}, \"resumable\": {\"protocol\": \"tus\"")))
                .contains("$.scenarios[0].requests[0].client: request tus: client pauses and stalls of a resumable upload"
                        + " are not simulated; its client may only carry an id");
    }

    /** A client id beside a resumable upload: every chunk comes from that client, for session affinity (§12). */
    @Test
    void aClientIdBesideTheUploadIsReadAndWrittenBack() throws ProjectFileException {
        Project p = ProjectFile.parse(BASE.replace("\"response\": \"1kB\", \"resumable\": {\"protocol\": \"tus\"",
                "\"response\": \"1kB\", \"client\": {\"id\": \"user-1\"}, \"resumable\": {\"protocol\": \"tus\""), "t.json");
        RequestSpec tus = p.scenarios().get(0).requests().get(0);

        assertThat(tus.client().id()).isEqualTo("user-1");
        assertThat(tus.resumable().protocol()).isEqualTo(Protocol.TUS);
        assertThat(ProjectFile.parse(ProjectFile.format(p), "t.json")).isEqualTo(p);
    }
}
