package dev.rollscope.app.shell;

import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The chain of a project drawn left to right: the client, then for each hop the load balancer in
 * front of it and a card with its id, name, kind and placement. Read-only.
 */
public final class ChainView extends BorderPane {

    public static final String STYLESHEET = "chain.css";
    public static final String CARD = "hop-card";
    public static final String HOP_ID = "hop-id";
    public static final String HOP_NAME = "hop-name";
    public static final String HOP_KIND = "hop-kind";
    public static final String FRONT = "front-link";
    public static final String TITLE = "chain-title";

    public ChainView(ChainViewModel model, ResourceBundle text) {
        getStylesheets().add(ChainView.class.getResource(STYLESHEET).toExternalForm());
        setPadding(new Insets(16));
        setTop(header(model));
        setCenter(chain(model, text));
    }

    private static VBox header(ChainViewModel model) {
        Label title = styled(new Label(model.title()), TITLE);
        Label description = new Label(model.description());
        description.setWrapText(true);
        VBox header = new VBox(6, title, description);
        header.setPadding(new Insets(0, 0, 16, 0));
        return header;
    }

    private static ScrollPane chain(ChainViewModel model, ResourceBundle text) {
        HBox row = new HBox(6, card(text.getString("chain.client"), model.client()));
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(2));
        row.setFillHeight(false);
        for (ChainViewModel.HopCard hop : model.hops()) {
            Label link = styled(new Label(hop.front() + "\n⟶"), FRONT);
            link.setWrapText(true);
            row.getChildren().addAll(link, card(hop.id(), styled(new Label(hop.name()), HOP_NAME),
                    styled(new Label(hop.kind()), HOP_KIND), new Label(hop.placement())));
        }
        return new ScrollPane(row);
    }

    private static VBox card(String id, String line) {
        return card(id, new Label(line));
    }

    private static VBox card(String id, Label... lines) {
        VBox card = new VBox(4, styled(new Label(id), HOP_ID));
        card.getChildren().addAll(lines);
        return styled(card, CARD);
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
