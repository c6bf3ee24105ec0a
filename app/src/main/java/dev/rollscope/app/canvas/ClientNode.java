package dev.rollscope.app.canvas;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.Icons;
import dev.rollscope.app.theme.StyleClasses;
import dev.rollscope.model.topology.ClientProfile;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The client at the head of the chain, with its upload rate. */
final class ClientNode extends VBox {

    private final Messages messages;
    private final Label detail = new Label();

    ClientNode(Messages messages) {
        this.messages = messages;
        setId("client");
        getStyleClass().add(StyleClasses.CLIENT);
        setPrefWidth(ChainLayout.CLIENT_WIDTH);
        setMaxWidth(ChainLayout.CLIENT_WIDTH);
        detail.getStyleClass().add(StyleClasses.MUTED);
        detail.setWrapText(true);
        getChildren().addAll(Icons.client(26), new Label(messages.get("canvas.client")), detail);
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(StyleClasses.SELECTED, selected);
    }

    void update(ClientProfile client) {
        detail.setText(messages.format("canvas.client.detail", client.upload()));
    }
}
