package dev.rollscope.app.canvas;

import dev.rollscope.app.theme.StyleClasses;
import dev.rollscope.model.topology.Hop;
import dev.rollscope.model.topology.Position;
import dev.rollscope.model.topology.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

/**
 * The chain itself, in chain coordinates: the client, one {@link HopNode} per hop and the arrows
 * between them, placed by {@link ChainLayout}. It follows the document: nodes of hops that stay
 * are kept and updated, arrows are redrawn at each layout, so connections never go stale.
 */
final class ChainPane extends Pane {

    private final CanvasModel model;
    private final ClientNode client;
    private final Map<String, HopNode> nodes = new LinkedHashMap<>();
    private final Group arrows = new Group();
    private final Line marker = new Line();

    ChainPane(CanvasModel model) {
        this.model = model;
        this.client = new ClientNode(model.messages());
        marker.getStyleClass().add(StyleClasses.INSERT_MARKER);
        marker.setVisible(false);
        marker.setManaged(false);
        getChildren().addAll(arrows, client, marker);
        model.subscriptions().onChange(model.document().projectProperty(), (obs, old, now) -> refresh());
        model.subscriptions().onChange(model.document().selectedHopIdProperty(), (obs, old, now) -> showSelection());
        model.subscriptions().onChange(model.document().clientSelectedProperty(), (obs, old, now) -> showSelection());
        client.setOnMousePressed(e -> {
            model.document().selectClient();
            getParent().requestFocus();
            e.consume();
        });
        client.setOnMouseReleased(e -> e.consume());
        model.findings().addListener((ListChangeListener<HopFinding>) c -> refresh());
        model.instanceMixes().addListener((MapChangeListener<String, InstanceMix>) c -> refresh());
        refresh();
    }

    /** Brings the nodes in line with the document. */
    void refresh() {
        Topology t = model.document().project().topology();
        Map<String, HopNode> next = new LinkedHashMap<>();
        for (Hop hop : t.hops()) {
            HopNode node = nodes.containsKey(hop.id()) ? nodes.get(hop.id()) : newNode(hop.id());
            node.update(hop, model.mixOf(hop), model.findingsOf(hop.id()));
            next.put(hop.id(), node);
        }
        nodes.values().stream().filter(n -> !next.containsKey(n.hopId())).forEach(getChildren()::remove);
        next.values().stream().filter(n -> n.getParent() == null).forEach(getChildren()::add);
        nodes.clear();
        nodes.putAll(next);
        client.update(t.client());
        showSelection();
        requestLayout();
    }

    private HopNode newNode(String hopId) {
        HopNode node = new HopNode(model.messages(), hopId);
        HopDragGesture.install(model, this, node);
        return node;
    }

    /** The hop nodes in chain order. */
    List<HopNode> hopNodes() {
        return new ArrayList<>(nodes.values());
    }

    HopNode node(String hopId) {
        return nodes.get(hopId);
    }

    /** The place in the chain of a point at chain x, among the hops other than {@code moving} (or all, for null). */
    int indexAt(double x, HopNode moving) {
        List<Double> centres = new ArrayList<>();
        for (HopNode n : nodes.values()) {
            if (n != moving) {
                Bounds b = n.getBoundsInParent();
                centres.add(b.getMinX() + b.getWidth() / 2);
            }
        }
        return ChainLayout.indexAt(centres, x);
    }

    /** Shows where an insertion at {@code index} would go; a negative index hides the marker. */
    void showMarker(int index) {
        marker.setVisible(index >= 0);
        if (index < 0) {
            return;
        }
        List<HopNode> list = hopNodes();
        double x = index < list.size() ? list.get(index).getBoundsInParent().getMinX() - ChainLayout.GAP / 2
                : list.get(list.size() - 1).getBoundsInParent().getMaxX() + ChainLayout.GAP / 2;
        marker.setStartX(x);
        marker.setEndX(x);
        marker.setStartY(ChainLayout.CENTRE_Y - 90);
        marker.setEndY(ChainLayout.CENTRE_Y + 90);
    }

    /** The bounds of everything drawn, in chain coordinates. */
    Bounds chainBounds() {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Node n : getChildren()) {
            if (n.isVisible() && n != arrows) {
                Bounds b = n.getBoundsInParent();
                minX = Math.min(minX, b.getMinX());
                minY = Math.min(minY, b.getMinY());
                maxX = Math.max(maxX, b.getMaxX());
                maxY = Math.max(maxY, b.getMaxY());
            }
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    @Override
    protected void layoutChildren() {
        Topology t = model.document().project().topology();
        client.autosize();
        client.relocate(ChainLayout.LEFT, ChainLayout.CENTRE_Y - client.getHeight() / 2);
        List<HopNode> list = hopNodes();
        for (int i = 0; i < list.size(); i++) {
            HopNode n = list.get(i);
            n.autosize();
            Position p = ChainLayout.position(t, i, n.getHeight());
            n.relocate(p.x(), p.y());
        }
        drawArrows(list);
    }

    private void drawArrows(List<HopNode> list) {
        while (arrows.getChildren().size() < list.size()) {
            arrows.getChildren().add(new Arrows());
        }
        arrows.getChildren().remove(list.size(), arrows.getChildren().size());
        Node previous = client;
        for (int i = 0; i < list.size(); i++) {
            Bounds from = previous.getBoundsInParent();
            Bounds to = list.get(i).getBoundsInParent();
            ((Arrows) arrows.getChildren().get(i)).connect(from.getMaxX(), from.getCenterY(), to.getMinX(),
                    to.getCenterY());
            previous = list.get(i);
        }
    }

    private void showSelection() {
        String selected = model.document().selectedHopIdProperty().get();
        nodes.values().forEach(n -> n.setSelected(n.hopId().equals(selected)));
        client.setSelected(model.document().clientSelectedProperty().get());
    }
}
