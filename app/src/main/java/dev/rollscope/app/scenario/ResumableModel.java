package dev.rollscope.app.scenario;

import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.units.ByteSize;
import dev.rollscope.model.units.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A request's resumable upload as fields (docs/file-format.md "A resumable upload"): its protocol
 * (null: one request carries the body), chunk size, the tus client's retry delays, the GCS client's
 * retry deadline and where the server keeps partial uploads (null: the protocol's). A blank field
 * is the protocol's default, which {@link #chunkDefault}, {@link #delaysDefault} and
 * {@link #deadlineDefault} give from the model's sourced constants.
 */
final class ResumableModel {

    final ObjectProperty<ResumableUpload.Protocol> protocol = new SimpleObjectProperty<>();
    final StringProperty chunkSize = new SimpleStringProperty("");
    final StringProperty retryDelays = new SimpleStringProperty("");
    final StringProperty retryDeadline = new SimpleStringProperty("");
    final ObjectProperty<ResumableUpload.Storage> storage = new SimpleObjectProperty<>();

    private final ScenarioEditor editor;

    ResumableModel(ScenarioEditor editor) {
        this.editor = editor;
        protocol.addListener((obs, old, now) -> {
            // Each protocol has its own retry field: the other one's text would not be the user's intent.
            if (now != ResumableUpload.Protocol.TUS) {
                retryDelays.set("");
            }
            if (now != ResumableUpload.Protocol.GCS) {
                retryDeadline.set("");
            }
        });
    }

    /** Every field, for a {@link FieldGroup} to watch. */
    List<Observable> fields() {
        return List.of(protocol, chunkSize, retryDelays, retryDeadline, storage);
    }

    /** Shows a request's resumable upload, or none; a value left to its default is shown blank. */
    void show(ResumableUpload r) {
        protocol.set(r == null ? null : r.protocol());
        chunkSize.set(r == null || r.chunkSize() == null ? "" : r.chunkSize().toString());
        retryDelays.set(r == null || r.retryDelays() == null ? "" : join(r.retryDelays()));
        retryDeadline.set(r == null || r.retryDeadline() == null ? "" : r.retryDeadline().toString());
        storage.set(r == null ? null : r.storage());
    }

    /**
     * The upload the fields give, or null without a protocol.
     *
     * @throws IllegalArgumentException naming the field whose text is not a value, or the model's reason
     */
    ResumableUpload read() {
        ResumableUpload.Protocol p = protocol.get();
        if (p == null) {
            return null;
        }
        ByteSize chunk = FormFields.optional(editor, "resumable.chunkSize", chunkSize.get(), ByteSize::parse);
        List<TimeSpan> delays = FormFields.optional(editor, "resumable.retryDelays", retryDelays.get(),
                ResumableModel::delays);
        TimeSpan deadline = FormFields.optional(editor, "resumable.retryDeadline", retryDeadline.get(),
                TimeSpan::parse);
        return new ResumableUpload(p, chunk, delays, deadline, storage.get());
    }

    /**
     * The chunk size a blank field stands for: the GCS client's 16MiB, or null for tus-js-client's
     * whole remaining body in one PATCH.
     */
    static ByteSize chunkDefault(ResumableUpload.Protocol p) {
        long bytes = ResumableUpload.of(p, null).chunkBytes();
        return bytes == Long.MAX_VALUE ? null : ByteSize.ofBytes(bytes);
    }

    /** The retry delays a blank field stands for (tus-js-client's), as typed: {@code 0s, 1s, 3s, 5s}. */
    static String delaysDefault() {
        return join(ResumableUpload.of(ResumableUpload.Protocol.TUS, null).delays());
    }

    /** The retry deadline a blank field stands for (the GCS client's). */
    static TimeSpan deadlineDefault() {
        return ResumableUpload.of(ResumableUpload.Protocol.GCS, null).deadline();
    }

    /** Where partial uploads live when no storage is chosen. */
    static ResumableUpload.Storage storageDefault(ResumableUpload.Protocol p) {
        return ResumableUpload.of(p, null).store();
    }

    private static String join(List<TimeSpan> spans) {
        return spans.stream().map(TimeSpan::toString).collect(Collectors.joining(", "));
    }

    /** {@code 0s, 1s, 3s} (commas or spaces between) as time spans. */
    private static List<TimeSpan> delays(String text) {
        List<TimeSpan> out = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isEmpty()) {
                out.add(TimeSpan.parse(part));
            }
        }
        return out;
    }
}
