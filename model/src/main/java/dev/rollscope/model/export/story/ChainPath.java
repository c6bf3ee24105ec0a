package dev.rollscope.model.export.story;

import dev.rollscope.model.export.mermaid.Activation;
import dev.rollscope.model.export.mermaid.Arrow;
import dev.rollscope.model.export.mermaid.Participant;
import dev.rollscope.model.export.mermaid.SequenceDiagram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stations a request is open on, from the client inwards, with the participant drawn for each
 * and the activation bars opened on them. A message may end a bar only where one is open.
 */
final class ChainPath {

    /** One station the request is open on. */
    record Node(int station, int instance, Participant participant) {
    }

    private final SequenceDiagram diagram;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Integer> bars = new HashMap<>();

    ChainPath(SequenceDiagram diagram, Participant client) {
        this.diagram = diagram;
        nodes.add(new Node(0, -1, client));
    }

    /** The position of the innermost node of {@code station}, or 0 (the client) when it is not open. */
    int indexOf(int station) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).station() == station) {
                return i;
            }
        }
        return 0;
    }

    Node node(int index) {
        return nodes.get(index);
    }

    int size() {
        return nodes.size();
    }

    /** Forgets every node after {@code index} (their connections are over). */
    void truncate(int index) {
        nodes.subList(index + 1, nodes.size()).clear();
    }

    /** A leg into a new node: the message opens a bar on it. */
    void enter(Participant from, Node to, Arrow arrow, String text) {
        diagram.message(from, to.participant(), arrow, Activation.ACTIVATE_TARGET, text);
        bars.merge(to.participant().id(), 1, Integer::sum);
        nodes.add(to);
    }

    /** A message back from {@code from}, ending its bar when one is open. */
    void leave(Participant from, Participant to, Arrow arrow, String text) {
        int open = bars.getOrDefault(from.id(), 0);
        diagram.message(from, to, arrow, open > 0 ? Activation.DEACTIVATE_SOURCE : Activation.NONE, text);
        if (open > 0) {
            bars.put(from.id(), open - 1);
        }
    }
}
