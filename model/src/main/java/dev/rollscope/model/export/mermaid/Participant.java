package dev.rollscope.model.export.mermaid;

import java.util.Objects;

/**
 * A participant of one {@link SequenceDiagram}: its generated Mermaid id and the name a reader
 * sees, exactly as given (escaping happens when the diagram is written).
 */
public record Participant(String id, String label) {

    public Participant {
        Objects.requireNonNull(id, "participant id");
        Objects.requireNonNull(label, "participant label");
    }
}
