package dev.rollscope.app.scenario;

import dev.rollscope.model.topology.ClientProfile;
import javafx.scene.control.TextField;

/**
 * The fields of a {@link ClientModel}: who the client is, its rates (blank: the topology client's,
 * shown as the prompt), its header time, a pause of its upload and of its download, and where it
 * stops reading.
 */
final class ClientForm {

    private final ScenarioEditor editor;
    private final FormGrid view;
    private final TextField upload;
    private final TextField download;

    ClientForm(ScenarioEditor editor, String prefix, ClientModel model, FieldGroup group) {
        this.editor = editor;
        view = new FormGrid(editor, prefix, group);
        view.text("client.id", "id", model.id, editor.text("client.id.own"));
        upload = view.text("client.upload", "upload", model.upload, "");
        download = view.text("client.download", "download", model.download, "");
        view.text("client.headerTime", "header", model.headerTime, ClientModel.defaultHeaderTime());
        String none = editor.text("form.none");
        view.pair("client.uploadPause", "up-pause", model.uploadPauseAt, model.uploadPauseFor, none);
        view.pair("client.downloadPause", "down-pause", model.downloadPauseAt, model.downloadPauseFor, none);
        view.text("client.stopsReadingAt", "stop", model.stopsReadingAt, editor.text("client.readsAll"));
    }

    FormGrid view() {
        return view;
    }

    /** Shows the topology client's rates as what blank rate fields stand for. */
    void showDefaults(ClientProfile topologyClient) {
        upload.setPromptText(editor.text("client.rateDefault", topologyClient.upload().toString()));
        download.setPromptText(editor.text("client.rateDefault", topologyClient.download().toString()));
    }
}
