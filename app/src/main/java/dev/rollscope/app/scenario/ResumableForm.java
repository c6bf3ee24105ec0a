package dev.rollscope.app.scenario;

import dev.rollscope.model.scenario.ResumableUpload;
import dev.rollscope.model.units.ByteSize;
import java.util.Arrays;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * The fields of a {@link ResumableModel}: the protocol (or none), the chunk size, the tus client's
 * retry delays or the GCS client's retry deadline, and the storage of partial uploads. Each blank
 * field's prompt is the protocol's default; the retry field of the other protocol is disabled.
 */
final class ResumableForm {

    private final FormGrid view;

    ResumableForm(ScenarioEditor editor, ResumableModel model, FieldGroup group) {
        view = new FormGrid(editor, "resumable", group);
        ComboBox<ResumableUpload.Protocol> protocol = new ComboBox<>();
        protocol.setId("resumable-protocol");
        protocol.getItems().add(null);
        protocol.getItems().addAll(ResumableUpload.Protocol.values());
        protocol.setConverter(names(p -> editor.text(p == null ? "resumable.protocol.none"
                : "resumable.protocol." + p.name())));
        protocol.valueProperty().bindBidirectional(model.protocol);
        view.row("resumable.protocol", protocol);
        TextField chunk = view.text("resumable.chunkSize", "chunk", model.chunkSize, "");
        TextField delays = view.text("resumable.retryDelays", "delays", model.retryDelays,
                ResumableModel.delaysDefault());
        TextField deadline = view.text("resumable.retryDeadline", "deadline", model.retryDeadline,
                ResumableModel.deadlineDefault().toString());
        ComboBox<ResumableUpload.Storage> storage = new ComboBox<>();
        storage.setId("resumable-storage");
        storage.getItems().add(null);
        storage.getItems().addAll(ResumableUpload.Storage.values());
        storage.setConverter(names(s -> s != null ? editor.text("resumable.storage." + s.name())
                : model.protocol.get() == null ? ""
                : editor.text("resumable.storage.default",
                        editor.text("resumable.storage." + ResumableModel.storageDefault(model.protocol.get()).name()))));
        storage.valueProperty().bindBidirectional(model.storage);
        view.row("resumable.storage", storage);
        Runnable follow = () -> {
            ResumableUpload.Protocol p = model.protocol.get();
            ByteSize chunkDefault = p == null ? null : ResumableModel.chunkDefault(p);
            chunk.setPromptText(p == null ? "" : chunkDefault == null ? editor.text("resumable.chunk.whole")
                    : chunkDefault.toString());
            chunk.setDisable(p == null);
            storage.setDisable(p == null);
            delays.setDisable(p != ResumableUpload.Protocol.TUS);
            deadline.setDisable(p != ResumableUpload.Protocol.GCS);
            // The default storage's name follows the protocol: make the combo box draw it again.
            ResumableUpload.Storage chosen = storage.getValue();
            storage.getItems().setAll(Arrays.asList(null, ResumableUpload.Storage.SHARED, ResumableUpload.Storage.POD));
            storage.setValue(chosen);
        };
        model.protocol.addListener((obs, old, now) -> follow.run());
        follow.run();
    }

    FormGrid view() {
        return view;
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
