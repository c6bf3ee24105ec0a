package dev.rollscope.app.scenario;

import dev.rollscope.model.scenario.ClientBehaviour;
import dev.rollscope.model.units.Bandwidth;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The client profile of a request or a traffic entry as text fields (docs/file-format.md "A slow or
 * stalling client"): who the client is, its rates, how long its header takes, a pause of its upload
 * or download, and where it stops reading. A blank field is the model's default: the topology
 * client's rate, a header at once, no pause, reading to the end, a client of its own.
 */
final class ClientModel {

    /** What the fields give. */
    record Profile(Bandwidth upload, Bandwidth download, ClientBehaviour client) {
    }

    final StringProperty id = new SimpleStringProperty("");
    final StringProperty upload = new SimpleStringProperty("");
    final StringProperty download = new SimpleStringProperty("");
    final StringProperty headerTime = new SimpleStringProperty("");
    final StringProperty uploadPauseAt = new SimpleStringProperty("");
    final StringProperty uploadPauseFor = new SimpleStringProperty("");
    final StringProperty downloadPauseAt = new SimpleStringProperty("");
    final StringProperty downloadPauseFor = new SimpleStringProperty("");
    final StringProperty stopsReadingAt = new SimpleStringProperty("");

    private final ScenarioEditor editor;

    ClientModel(ScenarioEditor editor) {
        this.editor = editor;
    }

    /** Every field, for a {@link FieldGroup} to watch. */
    List<StringProperty> fields() {
        return List.of(id, upload, download, headerTime, uploadPauseAt, uploadPauseFor, downloadPauseAt,
                downloadPauseFor, stopsReadingAt);
    }

    /** Shows a profile; a value at the model's default is shown blank, its default as the field's prompt. */
    void show(Bandwidth up, Bandwidth down, ClientBehaviour c) {
        id.set(c.id() == null ? "" : c.id());
        upload.set(text(up));
        download.set(text(down));
        headerTime.set(c.headerTime().equals(ClientBehaviour.NONE.headerTime()) ? "" : c.headerTime().toString());
        uploadPauseAt.set(c.uploadPause() == null ? "" : c.uploadPause().at().toString());
        uploadPauseFor.set(c.uploadPause() == null ? "" : c.uploadPause().length().toString());
        downloadPauseAt.set(c.downloadPause() == null ? "" : c.downloadPause().at().toString());
        downloadPauseFor.set(c.downloadPause() == null ? "" : c.downloadPause().length().toString());
        stopsReadingAt.set(text(c.stopsReadingAt()));
    }

    /** The header time a blank field stands for: the model's client that sends its header at once. */
    static String defaultHeaderTime() {
        return ClientBehaviour.NONE.headerTime().toString();
    }

    /**
     * The profile the fields give.
     *
     * @throws IllegalArgumentException naming the field whose text is not a value, or the model's reason
     */
    Profile read() {
        Bandwidth up = FormFields.optional(editor, "client.upload", upload.get(), Bandwidth::parse);
        Bandwidth down = FormFields.optional(editor, "client.download", download.get(), Bandwidth::parse);
        TimeSpan header = FormFields.optional(editor, "client.headerTime", headerTime.get(), TimeSpan::parse);
        ClientBehaviour.Pause up1 = pause("client.uploadPause", uploadPauseAt.get(), uploadPauseFor.get());
        ClientBehaviour.Pause down1 = pause("client.downloadPause", downloadPauseAt.get(), downloadPauseFor.get());
        ByteSize stop = FormFields.optional(editor, "client.stopsReadingAt", stopsReadingAt.get(), ByteSize::parse);
        String who = id.get() == null || id.get().isBlank() ? null : id.get().trim();
        return new Profile(up, down, new ClientBehaviour(header == null ? ClientBehaviour.NONE.headerTime() : header,
                up1, down1, stop, who));
    }

    /** A pause, or null when both its fields are blank; one of them blank is refused as missing. */
    private ClientBehaviour.Pause pause(String key, String at, String length) {
        if (at.isBlank() && length.isBlank()) {
            return null;
        }
        ByteSize where = FormFields.required(editor, key + ".at", at, ByteSize::parse);
        return FormFields.required(editor, key + ".for", length, t -> new ClientBehaviour.Pause(where, TimeSpan.parse(t)));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
