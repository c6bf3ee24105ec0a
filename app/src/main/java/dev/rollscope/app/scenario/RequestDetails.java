package dev.rollscope.app.scenario;

import dev.rollscope.model.Project;
import dev.rollscope.model.scenario.RequestSpec;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.LifecycleSettings;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * The client profile, resumable upload and database transaction of the request chosen in the
 * scenario panel, each applied as one command; disabled while no request is chosen.
 */
final class RequestDetails extends VBox {

    private final ScenarioEditor editor;
    private final SelectedRequest model;
    private final ClientForm client;
    private final TransactionForm transaction;
    private final Label title = new Label();

    RequestDetails(ScenarioEditor editor, SelectedRequest model) {
        this.editor = editor;
        this.model = model;
        client = new ClientForm(editor, "client", model.client, model.clientGroup);
        ResumableForm resumable = new ResumableForm(editor, model.resumable, model.resumableGroup);
        transaction = new TransactionForm(editor, model.transaction, model.transactionGroup);
        title.setId("details-title");
        title.setWrapText(true);
        getChildren().addAll(title, part("details-client", "client.title", client.view()), part("details-resumable", "resumable.title", resumable.view()),
                part("details-transaction", "transaction.title", transaction.view()));
        setSpacing(4);
        model.requestProperty().addListener((obs, old, now) -> showTitle(now));
        showTitle(model.requestProperty().get());
    }

    private TitledPane part(String id, String key, FormGrid form) {
        TitledPane p = new TitledPane(editor.text(key), form);
        p.setId(id);
        p.setExpanded(false);
        p.disableProperty().bind(model.requestProperty().isNull());
        return p;
    }

    private void showTitle(RequestSpec r) {
        title.setText(r == null ? editor.text("request.none") : editor.text("request.chosen", r.id()));
    }

    /** Shows the project's defaults (the topology client's rates, the runtime's processing) as prompts. */
    void showDefaults(Project p) {
        client.showDefaults(p.topology().client());
        var hops = p.topology().hops();
        Hop runtime = hops.isEmpty() ? null : hops.get(hops.size() - 1);
        transaction.showDefault(runtime == null ? null : runtime.get(LifecycleSettings.PROCESSING_TIME).toString());
    }
}
