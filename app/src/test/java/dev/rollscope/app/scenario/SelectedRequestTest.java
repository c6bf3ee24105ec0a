package dev.rollscope.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rollscope.app.document.Document;
import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.playback.Examples;
import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.scenario.Transaction;
import dev.rollscope.model.units.Bandwidth;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/**
 * The chosen request's client, resumable and transaction groups on abcd-defaults' "roll C", whose
 * POST-50MB (body 50MB, response 1000B, no processing of its own) is shown.
 */
class SelectedRequestTest {

    private final Document document = new Document(Examples.project("abcd-defaults.json"));
    private final ScenarioEditor editor = new ScenarioEditor(document, new SimpleStringProperty("roll C"), Locale.ENGLISH);
    private final SelectedRequest selected = new SelectedRequest(editor);

    SelectedRequestTest() {
        selected.show(post());
    }

    private RequestSpec post() {
        return document.project().scenario("roll C").orElseThrow().request("POST-50MB").orElseThrow();
    }

    @Test
    void anUploadPauseIsOneCommandAndUndoRemovesIt() {
        selected.client.uploadPauseAt.set("10MB");
        selected.client.uploadPauseFor.set("75s");
        selected.client.upload.set("2Mbit/s");

        assertThat(selected.clientGroup.apply()).isTrue();

        assertThat(post().client()).isEqualTo(new ClientBehaviour(TimeSpan.ZERO,
                new ClientBehaviour.Pause(ByteSize.ofMegabytes(10), TimeSpan.ofSeconds(75)), null, null));
        assertThat(post().upload()).isEqualTo(Bandwidth.parse("2Mbit/s"));
        assertThat(document.commands().undoCommandProperty().get().description(Messages.of(Locale.ENGLISH)))
                .isEqualTo("change of the client profile of POST-50MB");
        document.commands().undo();
        assertThat(post().client()).isEqualTo(ClientBehaviour.NONE);
        assertThat(post().upload()).isNull();
    }

    @Test
    void aPauseBeyondTheBodyIsRefusedWithTheModelsReasonAsItIsTyped() {
        selected.client.uploadPauseFor.set("5s");
        selected.client.uploadPauseAt.set("60MB");

        assertThat(selected.clientGroup.errorProperty().get()).isEqualTo("Refused: request POST-50MB: client "
                + "uploadPause at 60MB must lie inside the body (50MB)");
        assertThat(selected.clientGroup.apply()).isFalse();
        assertThat(post().client()).isEqualTo(ClientBehaviour.NONE);
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void textThatIsNoValueNamesItsField() {
        selected.client.headerTime.set("soon");

        assertThat(selected.clientGroup.errorProperty().get()).startsWith("Header takes: \u201csoon\u201d: not a time span");
        selected.client.headerTime.set("2s");
        assertThat(selected.clientGroup.errorProperty().get()).isNull();
    }

    @Test
    void halfAPauseIsRefusedAsMissing() {
        selected.client.downloadPauseAt.set("500B");

        assertThat(selected.clientGroup.errorProperty().get()).startsWith("Download pause for: \u201c\u201d: give a value");
    }

    @Test
    void aTusUploadTakesTheTypedChunkAndStorageAndLeavesTheRestToTheProtocol() {
        selected.resumable.protocol.set(ResumableUpload.Protocol.TUS);
        selected.resumable.chunkSize.set("5MB");
        selected.resumable.storage.set(ResumableUpload.Storage.SHARED);

        assertThat(selected.resumableGroup.apply()).isTrue();

        assertThat(post().resumable()).isEqualTo(new ResumableUpload(ResumableUpload.Protocol.TUS,
                ByteSize.ofMegabytes(5), null, null, ResumableUpload.Storage.SHARED));
    }

    @Test
    void tusRetryDelaysAreReadAsAList() {
        selected.resumable.protocol.set(ResumableUpload.Protocol.TUS);
        selected.resumable.retryDelays.set("0s, 2s 10s");

        assertThat(selected.resumableGroup.apply()).isTrue();

        assertThat(post().resumable().retryDelays()).containsExactly(TimeSpan.ZERO, TimeSpan.ofSeconds(2),
                TimeSpan.ofSeconds(10));
    }

    @Test
    void aGcsChunkThatIsNoMultipleOf256KiBIsRefusedByTheModel() {
        selected.resumable.protocol.set(ResumableUpload.Protocol.GCS);
        selected.resumable.chunkSize.set("5MB");

        assertThat(selected.resumableGroup.errorProperty().get()).isEqualTo("Refused: a GCS chunkSize must be a "
                + "multiple of 256KiB (262144 bytes), not 5MB (domain.md §13)");
        selected.resumable.chunkSize.set("8MiB");
        assertThat(selected.resumableGroup.apply()).isTrue();
        assertThat(post().resumable().chunkBytes()).isEqualTo(8L << 20);
    }

    /** Whether a client profile (here a slow header) and a resumable upload go together is the model's rule: its reason is shown. */
    @Test
    void aResumableUploadOfAPausingClientGetsTheModelsVerdict() {
        selected.client.headerTime.set("2s");
        assertThat(selected.clientGroup.apply()).isTrue();
        selected.show(post());

        selected.resumable.protocol.set(ResumableUpload.Protocol.GCS);

        assertThat(selected.resumableGroup.errorProperty().get())
                .contains("client pauses and stalls of a resumable upload are not simulated");
        assertThat(post().resumable()).isNull();
    }

    @Test
    void switchingProtocolClearsTheOtherProtocolsRetryField() {
        selected.resumable.protocol.set(ResumableUpload.Protocol.TUS);
        selected.resumable.retryDelays.set("1s");

        selected.resumable.protocol.set(ResumableUpload.Protocol.GCS);

        assertThat(selected.resumable.retryDelays.get()).isEmpty();
        assertThat(selected.resumableGroup.errorProperty().get()).isNull();
    }

    @Test
    void aTransactionWithinTheProcessingIsSetAndOneBeyondItIsRefused() {
        selected.transaction.processing.set("3s");
        selected.transaction.from.set("1s");
        selected.transaction.length.set("1500ms");
        assertThat(selected.transactionGroup.apply()).isTrue();
        assertThat(post().processing()).isEqualTo(TimeSpan.ofSeconds(3));
        assertThat(post().transaction()).isEqualTo(new Transaction(TimeSpan.ofSeconds(1), TimeSpan.ofMillis(1500)));

        selected.show(post());
        selected.transaction.length.set("2500ms");
        assertThat(selected.transactionGroup.errorProperty().get()).isEqualTo("Refused: request POST-50MB: the "
                + "transaction (from 1s for 2500ms) must commit within the processing time 3s");
        assertThat(selected.transactionGroup.apply()).isFalse();
    }

    @Test
    void showingARequestFillsEveryGroupAndClearsAReason() {
        selected.client.headerTime.set("soon");
        RequestSpec r = post().withClient(new ClientBehaviour(TimeSpan.ofSeconds(2), null, null,
                ByteSize.ofBytes(500), "alice"));

        selected.show(r);

        assertThat(selected.client.id.get()).isEqualTo("alice");
        assertThat(selected.client.headerTime.get()).isEqualTo("2s");
        assertThat(selected.client.stopsReadingAt.get()).isEqualTo("500B");
        assertThat(selected.client.upload.get()).isEmpty();
        assertThat(selected.clientGroup.errorProperty().get()).isNull();
    }

    /** The prompts are the model's sourced defaults (domain.md §13), not the form's own. */
    @Test
    void defaultsComeFromTheModel() {
        assertThat(ResumableModel.chunkDefault(ResumableUpload.Protocol.GCS)).isEqualTo(ByteSize.ofBytes(16L << 20));
        assertThat(ResumableModel.chunkDefault(ResumableUpload.Protocol.TUS)).isNull();
        assertThat(ResumableModel.delaysDefault()).isEqualTo("0s, 1s, 3s, 5s");
        assertThat(ResumableModel.deadlineDefault()).isEqualTo(TimeSpan.ofSeconds(32));
        assertThat(List.of(ResumableModel.storageDefault(ResumableUpload.Protocol.TUS),
                ResumableModel.storageDefault(ResumableUpload.Protocol.GCS)))
                .containsExactly(ResumableUpload.Storage.POD, ResumableUpload.Storage.SHARED);
        assertThat(ClientModel.defaultHeaderTime()).isEqualTo("0s");
    }
}
