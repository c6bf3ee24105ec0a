package dev.rollscope.app.canvas;

import dev.rollscope.app.i18n.Messages;
import dev.rollscope.app.theme.Icons;
import dev.rollscope.app.theme.StyleClasses;
import dev.rollscope.model.topology.Hop;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One slot of the chain: the hop's front load balancer (kind shown), an arrow, and the hop card
 * (id, name, kind, platform, instances, finding badge). The node has id {@code hop-ID}; it only
 * redraws what changed since the last {@link #update}.
 */
final class HopNode extends HBox {

    private final Messages messages;
    private final String hopId;
    private final VBox front = new VBox();
    private final StackPane frontIcon = new StackPane();
    private final Label frontName = new Label();
    private final VBox card = new VBox();
    private final StackPane kindIcon = new StackPane();
    private final Label name = new Label();
    private final Label kindLine = new Label();
    private final Label caption = new Label();
    private final InstanceGrid instances = new InstanceGrid();
    private final FindingBadge badge;
    private Hop shown;
    private InstanceMix shownMix;

    HopNode(Messages messages, String hopId) {
        this.messages = messages;
        this.hopId = hopId;
        this.badge = new FindingBadge(messages);
        createView();
    }

    private void createView() {
        setId("hop-" + hopId);
        setAlignment(Pos.CENTER_LEFT);
        front.getStyleClass().add(StyleClasses.FRONT);
        front.setPrefWidth(ChainLayout.FRONT_WIDTH);
        front.setMaxWidth(ChainLayout.FRONT_WIDTH);
        frontName.setWrapText(true);
        front.getChildren().addAll(frontIcon, frontName);
        card.getStyleClass().add(StyleClasses.HOP);
        card.setPrefWidth(ChainLayout.HOP_WIDTH);
        card.setMinWidth(ChainLayout.HOP_WIDTH);
        Label id = new Label(hopId);
        id.getStyleClass().add(StyleClasses.HOP_ID);
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setMinWidth(0);
        name.setPrefWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, kindIcon, id, spacer, badge);
        header.setAlignment(Pos.CENTER_LEFT);
        kindLine.getStyleClass().add(StyleClasses.MUTED);
        kindLine.setWrapText(true);
        caption.getStyleClass().add(StyleClasses.MUTED);
        card.getChildren().addAll(header, name, kindLine, instances, caption);
        getChildren().addAll(front, Arrows.horizontal(ChainLayout.LINK_WIDTH), card);
    }

    String hopId() {
        return hopId;
    }

    void update(Hop hop, InstanceMix mix, List<HopFinding> findings) {
        if (!hop.equals(shown)) {
            showHop(hop);
        }
        if (!hop.equals(shown) || !mix.equals(shownMix)) {
            instances.show(mix);
            String count = mix.newCount() == 0 ? messages.format("canvas.instances", mix.total())
                    : messages.format("canvas.instances.mixed", mix.oldCount(), mix.newCount());
            caption.setText(count);
        }
        shown = hop;
        shownMix = mix;
        badge.show(findings);
    }

    private void showHop(Hop hop) {
        if (shown == null || shown.front() != hop.front()) {
            frontIcon.getChildren().setAll(Icons.front(hop.front(), 22));
            frontName.setText(messages.shortName(hop.front()));
            Tooltip.install(front, new Tooltip(messages.name(hop.front())));
        }
        if (shown == null || shown.kind() != hop.kind()) {
            kindIcon.getChildren().setAll(Icons.hop(hop.kind(), 18));
        }
        name.setText(hop.name());
        kindLine.setText(messages.name(hop.kind()) + " \u00b7 " + messages.shortName(hop.platform()));
    }

    void setSelected(boolean selected) {
        card.pseudoClassStateChanged(StyleClasses.SELECTED, selected);
    }

    FindingBadge badge() {
        return badge;
    }

    InstanceGrid instances() {
        return instances;
    }
}
