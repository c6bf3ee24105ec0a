package dev.rollscope.app.scenario;

import dev.rollscope.model.topology.ClientProfile;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The client profile of one entry of the steady traffic, chosen by name; disabled without traffic. */
final class MixClientForm extends VBox {

    private final ClientForm client;

    MixClientForm(ScenarioEditor editor, MixClient model) {
        ComboBox<String> entry = new ComboBox<>(model.entries);
        entry.setId("mix-entry");
        entry.valueProperty().bindBidirectional(model.entry);
        Label label = new Label(editor.text("mix.entry"));
        label.setLabelFor(entry);
        client = new ClientForm(editor, "mix-client", model.client, model.group);
        client.view().disableProperty().bind(model.entry.isNull());
        getChildren().addAll(new HBox(6, label, entry), client.view());
        setSpacing(4);
    }

    void showDefaults(ClientProfile topologyClient) {
        client.showDefaults(topologyClient);
    }
}
